import type { Dataset, Source } from './schema';

const indexes = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

/**
 * A dataset's sources by id, built once per list: ids are data, looked up in a Map — not a scan per lookup (a
 * grown dataset has thousands of sources), and never on a plain object, where an id such as "__proto__" or
 * "constructor" would find something that is not a source.
 */
export function sourcesById(sources: readonly Source[]): ReadonlyMap<string, Source> {
  let index = indexes.get(sources);
  if (!index) {
    index = new Map(sources.map((source) => [source.id, source]));
    indexes.set(sources, index);
  }
  return index;
}

/** A source's title, or its id where the dataset has no such source (shown rather than hidden). */
export function sourceTitle(sources: readonly Source[], id: string): string {
  return sourcesById(sources).get(id)?.title ?? id;
}

const titles = new WeakMap<Dataset, ReadonlyMap<string, string>>();

/** Each source's title by its id, one Map per dataset for the whole page: what tables and CSV files name a record's source by. */
export function sourceTitlesOf(dataset: Dataset): ReadonlyMap<string, string> {
  let byId = titles.get(dataset);
  if (!byId) {
    byId = new Map(dataset.sources.map((s) => [s.id, s.title]));
    titles.set(dataset, byId);
  }
  return byId;
}
