/**
 * Items bucketed by key in one pass, in input order: linear however many items share a key (a copy of the bucket
 * per item, `[...bucket, item]`, grew with the square of a bucket's size).
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
