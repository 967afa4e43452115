import { textWidth } from '../../components/textWidth';

/**
 * The sales chart's frame, shared by the Recharts chart and the static SVG pre-rendered in its place
 * (staticLayout.ts), so both put every bar, tick and total in the same place.
 */

/** Widest a stacked bar gets (one focused year would otherwise fill the plot); the total rule overhangs it a little. */
export const STACKED_MAX_BAR = 88;
/** Space between stacked bars, as a share of each year's band (Recharts' barCategoryGap). */
export const STACKED_CATEGORY_GAP = 0.22;
/** Grouped bars: the gap as a share of each year's band, the gap between a year's bars and the widest bar. */
export const GROUPED_CATEGORY_GAP = 0.12;
export const GROUPED_BAR_GAP = 1;
export const GROUPED_MAX_BAR = 28;
export const SALES_MARGIN = { top: 22, right: 8, bottom: 0, left: 0 };
/** Grouped bars carry a row of totals above the plot. */
export const GROUPED_MARGIN = { ...SALES_MARGIN, top: 28 };
/** Room under the plot for the year labels (baseline 24 px down) and the frame that closes under them (FRAME_BELOW_PLOT). */
export const X_AXIS_HEIGHT = 30;

/**
 * The surface-coloured outline between stacked parts, 1 px where a year's band (px) is wide enough for it: on the
 * bars of 200 years at phone width (under 1 px each) the outline covered the whole bar. Grouped bars have none.
 */
export const segmentStroke = (isStacked: boolean, bandWidth: number): number => (isStacked && bandWidth >= 6 ? 1 : 0);

/** Phone-width cards draw a shorter chart with smaller type. */
export const isCompactWidth = (width: number) => width > 0 && width < 480;
export const salesChartHeight = (isCompact: boolean) => (isCompact ? 280 : 340);
/**
 * The value axis's width: room for its widest tick label (`labelWidth`, estimated in px) and the tick gap, at
 * least the width "10.6M" needs. Japanese "1,400万" is wider than any English tick and was cut off in images.
 */
export const yAxisWidth = (isCompact: boolean, labelWidth = 0) => Math.max(isCompact ? 38 : 44, Math.ceil(labelWidth) + 10);
/**
 * The years' labels under their bars: "2011", or "’11" where a year's band (px) is too narrow for four digits and
 * a gap (eight years in a 320 px image or phone ran together as "20112012…"), or where even "’11" does not fit, a
 * year every few bands in full (200 years in a card were one smear of labels) and '' for the others; the years
 * in `kept` (the cursor's, the compared one) always (everyStep).
 */
export function yearTickLabels(years: readonly number[], bandWidth: number, fontSize: number, kept: readonly (number | null)[] = []): string[] {
  const full = textWidth('2000', fontSize) + 6;
  if (bandWidth >= full) return years.map(String);
  if (!areYearsThinned(bandWidth, fontSize)) return years.map((year) => `’${String(year).slice(-2)}`);
  const shown = everyStep(years, labelStep(bandWidth, full), kept);
  return years.map((year, i) => (shown[i] ? String(year) : ''));
}

/** Whether a year's band (px) is narrower than "’11", so that only every few years are labelled (yearTickLabels). */
export const areYearsThinned = (bandWidth: number, fontSize: number): boolean => bandWidth < textWidth('’00', fontSize);

/** Every how many years a label `labelWidth` px wide (with its gap) fits bands `bandWidth` px wide: 1, 2, 5, 10, 20, 50 or 100. */
export function labelStep(bandWidth: number, labelWidth: number): number {
  return [1, 2, 5, 10, 20, 50].find((step) => step * bandWidth >= labelWidth) ?? 100;
}

/**
 * Which years are labelled: every `step`-th band, counted from the first round year (a multiple of `step`). By
 * band, not by the year's value, so labels stand `step` bands apart even where the table skips years; none within
 * half a label of the plot's ends, where it would run past them into the value axis or out of the image. The years
 * in `kept` are labelled wherever they are, and no other within `step` bands of them: the cursor's year, bold
 * and framed, had been left unnamed between two round years.
 */
export function everyStep(years: readonly number[], step: number, kept: readonly (number | null)[] = []): boolean[] {
  const edge = (step - 1) / 2;
  const first = Math.max(0, years.findIndex((year, i) => year % step === 0 && i >= edge));
  const keptAt = years.flatMap((year, i) => (kept.includes(year) ? [i] : []));
  return years.map((_, i) =>
    keptAt.includes(i) || (keptAt.every((k) => Math.abs(k - i) >= step) && (i - first) % step === 0 && i >= edge && i <= years.length - 1 - edge),
  );
}

/** The value axis's tick font size. */
export const yTickFontSize = (isCompact: boolean) => (isCompact ? 11 : 12);

/** Half the width of a year's total rule (and its hover target), from the year's band width in pixels. */
export function totalHalfWidth(bandWidth: number): number {
  return Math.min(bandWidth * 0.34, STACKED_MAX_BAR / 2 + 6);
}

/**
 * Where the target line runs and its label sits: from the band of its first year (targetFromYear; null: the
 * plot's left edge) to the right edge. A line that starts inside the plot carries its label at its right end,
 * over the line rather than over years before the target was set.
 */
export function targetLineSpan(fromYear: number | null, bandStart: (year: number) => number, left: number, right: number) {
  return fromYear === null
    ? { x1: left, x2: right, labelX: left + 6, anchor: 'start' as const }
    : { x1: bandStart(fromYear), x2: right, labelX: right - 6, anchor: 'end' as const };
}

/**
 * The top of a year's frame. Stacked, just above the year's total label (at totalY − 5, 11 px type): the frame
 * holds its column and what labels it, and leaves the plot above it to the target's label, which a frame up to
 * the plot's top struck through between its glyphs. Grouped totals sit in a row above the plot: the frame starts there.
 */
export function atFrameTop(isStacked: boolean, plotTop: number, totalY: number): number {
  return isStacked ? totalY - 19 : plotTop - 22;
}

/** How far under the plot a year's frame closes: 5 px under its year's baseline (24 px), inside the axis's room. */
export const FRAME_BELOW_PLOT = 29;
/** The least room between a year's frame and the labels it holds. */
export const FRAME_PAD = 6;

/** How far a year's frame may reach past the plot's side: clear of the value axis's labels and inside the image. */
export const FRAME_OVERHANG = 4;

/**
 * A year's frame's left edge and width: its band less a pixel each side, or wider, centred, where the band is
 * narrower than the labels it holds need (`labelWidth`, frameLabelWidth) — a phone's 37 px bands held "2016"
 * 3.5 px from each dashed edge, which read as struck through. Its neighbours' labels never lie under it: where a
 * label is wider than its band, only every few years' are written, and none beside a framed year's (everyStep);
 * capped at a pad beyond its band, 200 years' 3 px frames struck through "2043". Within FRAME_OVERHANG of the
 * plot (`left`, `right`): with 27 years' 10 px bands, widened to its labels, the last year's frame ran past the
 * image and the first one's over the value axis.
 */
export function yearFrameSpan(start: number, end: number, labelWidth: number, [left, right]: readonly [number, number]): { x: number; width: number } {
  const band = end - start;
  const width = Math.max(band - 2, labelWidth + 2 * FRAME_PAD);
  const x = Math.min(Math.max((start + end - width) / 2, left - FRAME_OVERHANG), right + FRAME_OVERHANG - width);
  return { x, width };
}

/** The totals' type size, the least it shrinks to, and the least room between two years' totals. */
const TOTAL_FONT = 11;
const MIN_TOTAL_FONT = 8;
const TOTAL_GAP = 4;

/**
 * The totals' type size: 11 px, or smaller in half pixels where the widest total (bold, as the cursor year's
 * is) and a gap do not fit a year's band (px): in a 320 px chart "1061" ran into "1076" and "8.03" touched "8.10".
 * One size for all the totals, so none reads as more than another.
 */
export function totalFontSize(bandWidth: number, totals: readonly string[]): number {
  const widest = Math.max(0, ...totals.map((total) => textWidth(total, TOTAL_FONT, true)));
  if (widest + TOTAL_GAP <= bandWidth) return TOTAL_FONT;
  return Math.max(MIN_TOTAL_FONT, Math.floor(((bandWidth - TOTAL_GAP) / widest) * TOTAL_FONT * 2) / 2);
}

/**
 * Every how many years a total is written at `size`: each year's while the widest is narrower than a year's band
 * (the estimate errs wide, so they still stand apart), else round years' (labelStep) with the gap between them.
 */
export function totalStep(bandWidth: number, totals: readonly string[], size: number): number {
  const widest = Math.max(0, ...totals.map((total) => textWidth(total, size, true)));
  return widest <= bandWidth ? 1 : labelStep(bandWidth, widest + TOTAL_GAP);
}

/** The widest label a year's frame holds: the year's label under its column (bold at the cursor) and its total above (at `totalSize`). */
export function frameLabelWidth(label: string, fontSize: number, isAt: boolean, total: string, totalSize: number): number {
  return Math.max(textWidth(label, fontSize, isAt), textWidth(total, totalSize, true));
}
