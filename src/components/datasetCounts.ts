import type { Dataset } from '../data/schema';

/** "8 years of sales · 4 brands · 9 plants · 5 sources": what the dataset holds, for the header. */
export function datasetCounts(dataset: Dataset): string {
  const years = new Set(dataset.salesTotals.map((t) => t.year)).size;
  const brands = new Set(dataset.sales.map((s) => s.brand)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `${plural(years, 'year')} of sales`,
    plural(brands, 'brand'),
    plural(dataset.plants.length, 'plant'),
    plural(dataset.sources.length, 'source'),
  ].join(' · ');
}
