/**
 * The record collections that carry provenance, by dataset key. Apart from the schema, so the page's own
 * code (the source panel) can name them without loading the validator.
 */
export const RECORD_KEYS = ['sales', 'salesTotals', 'evMilestones', 'evLaunches', 'ownership', 'plants', 'events', 'targets'] as const;
export type RecordKey = (typeof RECORD_KEYS)[number];
