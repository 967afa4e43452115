// Rules for the year cursor (`at`), the year range and the compare year (`vs`). Pure: the store and the
// URL parser both call these, so a link and a drag can never disagree about where the cursor may sit.

export type YearSpan = readonly [number, number];

/** `year` rounded to a whole year and held inside [from, to]. */
export function clampYear(year: number, [from, to]: YearSpan): number {
  return Math.min(to, Math.max(from, Math.round(year)));
}

/** The year the "as of" views show: the chosen cursor, else the range's end (the default). */
export function cursorYear(at: number | null, range: YearSpan): number {
  return at === null ? range[1] : clampYear(at, range);
}

/** The stored cursor after the range changed: one left to follow the end keeps following; any other is pulled inside. */
export function cursorAfterRange(at: number | null, range: YearSpan): number | null {
  return at === null ? null : clampYear(at, range);
}

/** The range after one handle moved to `year`: each end stays on its side of the other, inside `domain`. */
export function rangeWithEnd(range: YearSpan, end: 'from' | 'to', year: number, domain: YearSpan): YearSpan {
  return end === 'from' ? [clampYear(year, [domain[0], range[1]]), range[1]] : [range[0], clampYear(year, [range[0], domain[1]])];
}

/**
 * The year Play starts from: the cursor, where a pause or a person left it inside the range, so Play after Pause
 * goes on; the range's start when the cursor is at the end (nothing left to play) or follows it.
 */
export function playStart(at: number | null, range: YearSpan): number {
  const year = cursorYear(at, range);
  return year >= range[1] ? range[0] : year;
}

/** The next year a playing cursor shows, or null when it has reached the range's end. */
export function nextPlayYear(at: number, range: YearSpan): number | null {
  return at >= range[1] ? null : clampYear(at + 1, range);
}

/** The year a slider key moves to (arrows ±1, PageUp/PageDown ±5, Home/End), or null for any other key. */
export function yearForKey(key: string, year: number, [min, max]: YearSpan): number | null {
  const steps: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 5, PageDown: -5 };
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const step = Object.hasOwn(steps, key) ? steps[key] : undefined;
  return step === undefined ? null : clampYear(year + step, [min, max]);
}

/** The two years of a comparison, earlier first: changes always read forward in time, whichever is the cursor. */
export function compareSpan(at: number, vs: number | null): YearSpan | null {
  // Stryker disable next-line EqualityOperator: when the two years are equal, either order is the same pair.
  return vs === null ? null : at < vs ? [at, vs] : [vs, at];
}

/** The year the views that compare draw: the later of two compared years (what changed leads up to it), else the cursor's. */
export function drawnYear(at: number, vs: number | null): number {
  return compareSpan(at, vs)?.[1] ?? at;
}
