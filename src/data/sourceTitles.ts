import type { Dataset } from './schema';

const titles = new WeakMap<Dataset, ReadonlyMap<string, string>>();

/**
 * Each source's title by its id, one Map per dataset for the whole page: tooltips, tables and CSV files name a
 * record's source by looking its id up here (a Map, never a plain object or a search through every source).
 */
export function sourceTitlesOf(dataset: Dataset): ReadonlyMap<string, string> {
  let byId = titles.get(dataset);
  if (!byId) {
    byId = new Map(dataset.sources.map((s) => [s.id, s.title]));
    titles.set(dataset, byId);
  }
  return byId;
}
