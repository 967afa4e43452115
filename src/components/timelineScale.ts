// Geometry of the timeline in the filter bar: where a year sits on the track, which years get a label.
// Pure, so the label spacing can be tested at phone widths without a browser.
import type { YearSpan } from '../state/time';

/** Room one tick label needs, in px: four digits at 12px (≈ 29px, measured wide) plus a gap. */
export const TICK_LABEL_SPACE = 38;
/** Up to a century: a dataset's years span at most two (YEARS, data/limits.ts), which a phone's track labels every 50 or 100 years. */
const STEPS = [1, 2, 5, 10, 25, 50, 100] as const;

/** A year's position along the track, as a share of its width (0 at the domain's start, 1 at its end). */
export function yearShare(year: number, [from, to]: YearSpan): number {
  return to === from ? 0.5 : (year - from) / (to - from);
}

/** The whole year nearest to a point `share` of the way along the track, inside the domain. */
export function yearAtShare(share: number, [from, to]: YearSpan): number {
  return Math.min(to, Math.max(from, Math.round(from + share * (to - from))));
}

/**
 * The years that get a tick label on a track `width` px wide: every `step` years (1, 2, 5, 10, 25, 50 or 100),
 * the smallest step whose labels stay TICK_LABEL_SPACE apart, so no two labels touch; on a track too narrow for
 * even that (under 76 px for two centuries, narrower than any the page lays out), every 100th year.
 */
export function tickYears([from, to]: YearSpan, width: number): number[] {
  const perYear = width / Math.max(1, to - from);
  const step = STEPS.find((s) => s * perYear >= TICK_LABEL_SPACE) ?? Math.max(...STEPS);
  const years: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) years.push(year);
  return years;
}

/** Half a year flag's width (four digits at 13 px bold in a 44 px pill), and the least gap between two flags, in px. */
export const FLAG_HALF_WIDTH = 24;
const FLAG_GAP = 4;

/**
 * How far (px) the cursor's flag and the compare year's flag move from above their years so the two never
 * overlap: apart by what they lack, half each, kept between `min` and `max` (the rail's reach; one pushed
 * back from an end pushes the other further). Both 0 where they already have room. The timeline's flags by
 * default; the EV chart's year tags give their own size.
 */
export function flagOffsets(atX: number, vsX: number, [min, max]: readonly [number, number], halfWidth = FLAG_HALF_WIDTH, gap = FLAG_GAP): { at: number; vs: number } {
  const short = 2 * halfWidth + gap - Math.abs(vsX - atX);
  if (short <= 0) return { at: 0, vs: 0 };
  const isVsRight = vsX >= atX;
  let left = Math.min(atX, vsX) - short / 2;
  let right = Math.max(atX, vsX) + short / 2;
  if (left < min + halfWidth) [left, right] = [min + halfWidth, right + (min + halfWidth - left)];
  if (right > max - halfWidth) [left, right] = [left - (right - (max - halfWidth)), max - halfWidth];
  const [atCentre, vsCentre] = isVsRight ? [left, right] : [right, left];
  return { at: atCentre - atX, vs: vsCentre - vsX };
}
