import type { Dataset } from '../data/schema';
import { extent } from '../lib/extent';
import { yearOf } from '../data/yearOf';
import type { MessageId } from '../i18n/messages';
import type { TimelineBand } from './Timeline';

/**
 * The years each view has data for, as bands on the timeline: sales (its table's years), EV (milestones
 * and launches), ownership (from the first stake to the last year a stake starts or is held). Read straight
 * from the dataset, so the shell does not load the views' models to draw them.
 */
export function timelineBands(dataset: Dataset): TimelineBand[] {
  const bands: [string, MessageId, readonly number[]][] = [
    ['sales', 'filters.band.sales', dataset.salesTotals.map((t) => t.year)],
    ['ev', 'filters.band.ev', [...dataset.evMilestones, ...dataset.evLaunches].map((r) => yearOf(r.date))],
    // A stake's `to` is exclusive: its last year is to − 1, as the filter's years (datasetYears) count it.
    ['ownership', 'filters.band.ownership', dataset.ownership.flatMap((s) => (s.to === null ? [s.from] : [s.from, s.to - 1]))],
  ];
  return bands.flatMap(([key, label, years]) => {
    const span = extent(years);
    return span ? [{ key, label, span }] : [];
  });
}
