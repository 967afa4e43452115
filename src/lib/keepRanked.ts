/**
 * The `most` items that rank first by `rank` (ties: the earlier item), in their input order: what a chart keeps when
 * it can draw or name only so many (the ownership diagram's stakes, the EV chart's named lines and cursor plates).
 */
export function keepRanked<T>(items: readonly T[], most: number, rank: (a: T, b: T) => number): T[] {
  if (items.length <= most) return [...items];
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item, b.item) || a.i - b.i);
  const kept = new Set(order.slice(0, Math.max(0, most)).map(({ i }) => i));
  return items.filter((_, i) => kept.has(i));
}
