/** Summary statistics of repeated timings, rounded to 0.1. */

export interface Stats { n: number; median: number; p95: number; min: number; max: number; mean: number }

/** n, median, p95 (nearest rank), min, max and mean of `values`; NaN for an empty list. */
export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    n: values.length,
    median: round(median),
    p95: round(at(0.95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)),
  };
}
