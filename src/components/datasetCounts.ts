import type { IntlShape } from 'react-intl';
import type { Dataset } from '../data/schema';

/** "8 years of sales · 4 brands · 9 plants · 5 sources": what the dataset holds, for the header. */
export function datasetCounts(dataset: Dataset, intl: IntlShape): string {
  return intl.formatMessage(
    { id: 'app.counts' },
    {
      years: new Set(dataset.salesTotals.map((t) => t.year)).size,
      brands: new Set(dataset.sales.map((s) => s.brand)).size,
      plants: dataset.plants.length,
      sources: dataset.sources.length,
    },
  );
}
