import type { Source } from './schema';

const titles = new WeakMap<readonly Source[], ReadonlyMap<string, string>>();

/** Each source's title by its id, one Map per source list for the whole page: what tables, tooltips and CSV files name a record's source by. */
export function sourceTitlesOf(sources: readonly Source[]): ReadonlyMap<string, string> {
  let byId = titles.get(sources);
  if (!byId) {
    byId = new Map(sources.map((s) => [s.id, s.title]));
    titles.set(sources, byId);
  }
  return byId;
}

/** A source's title, or its id where the dataset has no such source (shown rather than hidden): the one rule for naming a cited source. */
export function sourceTitle(titles: ReadonlyMap<string, string>, id: string): string {
  return titles.get(id) ?? id;
}
