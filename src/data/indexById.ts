const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/**
 * A dataset list's records (sources, companies) by id, built once per list: ids are data, looked up in a Map —
 * not a scan per lookup (a grown dataset has thousands of sources and hundreds of companies), and never on a
 * plain object, where an id such as "__proto__" or "constructor" would find something that is not a record.
 */
export function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(records);
  if (!index) {
    index = new Map(records.map((record) => [record.id, record]));
    indexes.set(records, index);
  }
  return index as ReadonlyMap<string, T>;
}
