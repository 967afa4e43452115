import type { Source } from './schema';

/** A source list by id: `indexById(dataset.sources)`, what tables, tooltips and CSV files name a record's source by. */
export type SourcesById = ReadonlyMap<string, Source>;

/** A source's title, or its id where the dataset has no such source (shown rather than hidden): the one rule for naming a cited source. */
export function sourceTitle(sources: SourcesById, id: string): string {
  return sources.get(id)?.title ?? id;
}
