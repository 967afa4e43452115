/**
 * The name parsers' cost on a run of "(" (issue 17: `/\s*\(.*\)\s*$/` took ~24 s on 24,000 of them).
 * Each parser runs on "Renault " + n × "(" + ")" for n = 1k, 10k, 100k; the ratio between neighbouring sizes is
 * ~10 for linear work and ~100 for quadratic. Timed in Node, not in the page: the parsers are pure.
 */
import { performance } from 'node:perf_hooks';
import { parenthesesAsSpaces, withoutFinalParenthesis, withoutTrailingParenthesis } from '../../src/data/parenthetical.ts';

export const PARSER_SIZES = [1_000, 10_000, 100_000] as const;
const BATCHES = 7;
/** Characters parsed per batch: small inputs run many times, so every batch is long enough to time. */
const CHARACTERS_PER_BATCH = 2_000_000;
const PARSERS = { withoutTrailingParenthesis, withoutFinalParenthesis, parenthesesAsSpaces } as const;

/** Median µs per call of `parse` on `input`, over BATCHES timed batches after one warm-up batch. */
function microsecondsPerCall(parse: (text: string) => string, input: string): number {
  const calls = Math.max(1, Math.round(CHARACTERS_PER_BATCH / input.length));
  const batch = () => {
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) parse(input);
    return ((performance.now() - start) * 1000) / calls;
  };
  batch();
  const times = Array.from({ length: BATCHES }, batch).sort((a, b) => a - b);
  return times[Math.floor(BATCHES / 2)]!;
}

/**
 * Per parser: µs per call at each size, and the ratio per 10× more characters. The input ends in ")" so
 * the parsers that look for a final parenthesis scan the whole run (without it they return at once).
 */
export function measureParsers() {
  return Object.entries(PARSERS).map(([name, parse]) => {
    const times = PARSER_SIZES.map((n) => microsecondsPerCall(parse, `Renault ${'('.repeat(n)})`));
    return { name, microseconds: times, ratios: times.slice(1).map((t, i) => t / times[i]!) };
  });
}
