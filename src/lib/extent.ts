/**
 * The smallest and largest of `values`, in one pass; null for none. Spread into Math.min, a valid file's
 * 160,000 years overflowed the stack (V8 takes some 120,000 arguments).
 */
export function extent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}
