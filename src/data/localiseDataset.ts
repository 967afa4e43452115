import type { Dataset } from './schema';

/**
 * The dataset's own words in another language, keyed by the English text: labels, names and notes. Quotes
 * are never in it (they stay word for word in their source's language), and neither are ids, sources'
 * titles or the strings records are matched by (a plant's country, a target's country).
 */
export type DataTexts = ReadonlyMap<string, string>;

/** A translation file's [English, translation] pairs as the Map the localiser reads (a pair missing its translation keeps the English). */
export function dataTextsFromPairs(pairs: readonly (readonly string[])[]): DataTexts {
  return new Map(pairs.map(([english = '', text = english]) => [english, text]));
}

type Records = { [K in keyof Dataset as Dataset[K] extends readonly object[] ? K : never]: Dataset[K] };

/** Which fields of which records a reader sees as words: the one list the localiser and its tests read. */
export const TEXT_FIELDS: { readonly [K in keyof Records]?: readonly (keyof Records[K][number] & string)[] } = {
  sales: ['note'],
  salesTotals: ['note'],
  evSeries: ['label', 'scopeNote'],
  evMilestones: ['note'],
  evLaunches: ['model', 'note'],
  companies: ['name', 'shortName', 'proseName'],
  ownership: ['note'],
  plants: ['name', 'city', 'note'],
  events: ['label', 'evLabel', 'note'],
  targets: ['label', 'note'],
};

const textFields = Object.entries(TEXT_FIELDS) as [keyof Records, readonly string[]][];

/** Every text of `dataset` a translation must give, once each, in the dataset's order. */
export function datasetTexts(dataset: Dataset): string[] {
  const texts = new Set<string>();
  for (const [key, fields] of textFields) {
    for (const record of dataset[key] as readonly Record<string, unknown>[]) {
      for (const field of fields) {
        const value = record[field];
        if (typeof value === 'string') texts.add(value);
      }
    }
  }
  return [...texts];
}

/**
 * The dataset with its texts in the language of `texts`. A text the translation lacks (a dataset newer than
 * it) stays in English rather than disappearing; a record with nothing to translate is the same object.
 */
export function localiseDataset(dataset: Dataset, texts: DataTexts): Dataset {
  if (texts.size === 0) return dataset;
  const localised: Record<string, unknown> = { ...dataset };
  for (const [key, fields] of textFields) {
    localised[key] = (dataset[key] as readonly Record<string, unknown>[]).map((record) => {
      const changed = fields.flatMap((field) => {
        const value = record[field];
        const text = typeof value === 'string' ? texts.get(value) : undefined;
        return text === undefined ? [] : [[field, text] as const];
      });
      return changed.length ? { ...record, ...Object.fromEntries(changed) } : record;
    });
  }
  return localised as unknown as Dataset;
}
