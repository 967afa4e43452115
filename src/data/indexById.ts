import { oncePer } from '../lib/oncePer';

const indexOnce = oncePer((records: readonly { id: string }[]): ReadonlyMap<string, { id: string }> => new Map(records.map((record) => [record.id, record])));

/**
 * A dataset list's records (sources, companies) by id, built once per list: ids are data, looked up in a Map —
 * not a scan per lookup (a grown dataset has thousands of sources and hundreds of companies), and never on a
 * plain object, where an id such as "__proto__" or "constructor" would find something that is not a record.
 */
export function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  // The Map holds the very records passed in, so its values are the list's own type.
  return indexOnce(records) as ReadonlyMap<string, T>;
}
