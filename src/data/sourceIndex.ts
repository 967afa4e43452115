import { oncePer } from '../lib/oncePer';
import type { Source } from './schema';

/** Each source's title by its id, one Map per source list for the whole page: what tables, tooltips and CSV files name a record's source by. */
export const sourceTitlesOf: (sources: readonly Source[]) => ReadonlyMap<string, string> = oncePer(
  (sources: readonly Source[]) => new Map(sources.map((s) => [s.id, s.title])),
);

/** A source's title, or its id where the dataset has no such source (shown rather than hidden): the one rule for naming a cited source. */
export function sourceTitle(titles: ReadonlyMap<string, string>, id: string): string {
  return titles.get(id) ?? id;
}
