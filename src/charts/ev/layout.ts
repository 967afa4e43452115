import { scaleLinear, scaleLog } from 'd3-scale';
import type { EvScale } from '../../state/filters';
import { formatsFor, type Formats } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { intlFor } from '../../i18n/intl';
import { formatTick } from './format';
import type { EvCursor } from './cursor';
import { isLongHold, type EvLine, type EvMarker, type EvPoint, type EvWindow } from './model';
import { textWidth } from '../../components/textWidth';
import { toTenth, type Box } from '../../components/geometry';
import { keepRanked } from '../../lib/keepRanked';
import { EV_LABEL_SIZE } from './halo';
import { dodgeInlineLabels, dodgeLabels, inkWeigher, inlineLabelSpot, inlineLeader, markerLabelRows } from './placement';
import { clearOfPlates, placeCursor, type PlacedCursor } from './cursorLayout';
import { placeTargets, type PlacedTarget } from './targetLayout';
import type { EvTarget } from './targets';

export const MARKER_ROWS = 3;
const ROW_HEIGHT = 15;
const LABEL_GAP = 14;
const AXIS_FONT = 12;
/** Below the plot: the time axis's tick labels. */
const AXIS_BAND = 26;
/** Below this width labels drop their brand prefix and the chart uses fewer ticks. */
export const COMPACT_WIDTH = 520;
/** A line whose last milestone is this close to the window's end (share of its span) is labelled in the right gutter. */
const GUTTER_SHARE = 0.25;

export interface PlacedDot {
  point: EvPoint;
  x: number;
  y: number;
}

export interface PlacedLine {
  line: EvLine;
  /** Step path through the dots (after each milestone the line holds until the next); null for a lone dot. */
  path: string | null;
  /** The long holds (`isLongHold`), drawn dotted; null if none. */
  gapPath: string | null;
  dots: PlacedDot[];
  /** Where the drawn line ends: its last dot, or the window's right edge if the series goes on past it. */
  end: { x: number; y: number };
}

export interface PlacedSeriesLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /**
   * A gutter label's connector (SVG path) from its line's end, along to the plot's edge and on to the label, or
   * null where the line ends at the edge and the label is level with it. Without it, a line that stops in 2019
   * had its name in the gutter with nothing leading to it. An inline label set rows away from its point (no
   * place beside it clear of other lines) has one from the point too; one beside its point, none.
   */
  leader: string | null;
}

/** The connector from a line's end (fromX, fromY) to its gutter label (x, y), across the plot's right edge. */
export function gutterLeader(fromX: number, fromY: number, right: number, x: number, y: number): string | null {
  const isAtEdge = fromX >= right - 4;
  if (isAtEdge && Math.abs(y - fromY) <= 2) return null;
  return `M${isAtEdge ? right + 1 : fromX + 4},${fromY}H${right + 1}L${x - 3},${y}`;
}

export interface PlacedMarker {
  marker: EvMarker;
  x: number;
  /** Baseline of the label, or null when it was dropped for lack of room. */
  labelY: number | null;
  labelX: number;
  anchor: 'start' | 'end';
  /** Where the marker line starts (its label row) and ends (the plot's bottom). */
  y1: number;
  y2: number;
}

export interface EvLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: PlacedLine[];
  labels: PlacedSeriesLabel[];
  markers: PlacedMarker[];
  cursor: PlacedCursor | null;
  /** EV-sales targets: a diamond at the amount, a dashed line, a label under it. */
  targets: PlacedTarget[];
  /** Milestones on the lines but without a dot of their own (see thinDots); the table lists them all. */
  thinnedDots: number;
  /** Lines drawn without a name on the chart (see MOST_LINES_NAMED); their tooltips and the table name them. */
  unnamedLines: number;
  /** Launches and events not drawn, too close to a drawn one's rule (see MARKER_GAP); the table lists them all. */
  thinnedMarkers: number;
}

/**
 * A marker without a label is drawn only where no drawn marker's rule is within this many px: 18,000 events in a valid
 * file hatched the plot with 74,000 nodes and took 1.3 s a brand toggle. Labelled markers are always drawn.
 */
const MARKER_GAP = 3;

/**
 * At most this many lines are named on the chart: a plot holds about as many names (340 px at 14 px a row), and
 * placing each name clear of every other line's ink grew with the square of the lines: 5,000 series in a valid
 * file froze the tab for ten seconds at load and on each brand toggle (a hostile-data review).
 */
export const MOST_LINES_NAMED = 24;

/** The keys of the lines named on the chart: the totals, then the highest where they end (the ones a reader looks for first). */
function namedLines(lines: readonly EvLine[]): Set<string> {
  const endOf = (line: EvLine) => line.points.at(-1)?.units ?? line.carriedIn ?? 0;
  return new Set(keepRanked(lines, MOST_LINES_NAMED, (a, b) => Number(b.isTotal) - Number(a.isTotal) || endOf(b) - endOf(a)).map((line) => line.key));
}

/** Closest two dots of one line may sit, in px, before the later one is left to the line alone. */
export const MIN_DOT_GAP = 8;

/**
 * The dots worth drawing when a series is dense (a milestone every month over decades would be thousands
 * of overlapping circles, each a DOM node and a keyboard stop): a dot is kept when it is at least `gap`
 * px right of the last kept one; the last dot, any dot whose date sources dispute, and a second statement of
 * the same count (the 500,000 table row and the prose's "more than 500,000") are always kept.
 * The step line still passes through every milestone.
 */
export function thinDots(dots: readonly PlacedDot[], gap = MIN_DOT_GAP): PlacedDot[] {
  const kept: PlacedDot[] = [];
  dots.forEach((dot, i) => {
    const previous = kept[kept.length - 1];
    if (!previous || dot.x - previous.x >= gap || i === dots.length - 1 || dot.point.disputes.length > 0 || (dot.point.units === previous.point.units && dot.point.date !== previous.point.date)) kept.push(dot);
  });
  return kept;
}

const toDate = (month: number) => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));

// Made once per language: Date.toLocaleString builds a new Intl.DateTimeFormat on every call.
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(locale: string): Intl.DateTimeFormat {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format;
}

/** A time-axis tick: the year at January, else the month ("Jul" · "juil." · "7月"). */
function timeTickLabel(month: number, locale: string): string {
  return month % 12 === 0 ? String(month / 12) : monthFormat(locale).format(toDate(month));
}

/**
 * About `count` time-axis ticks between two months (inclusive), at a step a reader counts in: every month,
 * every quarter (Jan, Apr, Jul, Oct), or every 1, 2, 5, 10… years at years divisible by it — the steps d3's
 * UTC time scale picks, never finer than a month, since the data are monthly. The axis is linear in months
 * (every month as wide), so d3's calendar-time scale, and its ~1.8 KiB gzip, stay out of the first load.
 */
export function monthTicks(start: number, end: number, count: number): number[] {
  const target = (end - start) / count;
  // Between two steps, the one nearer the target by ratio, as d3 chooses (6 = √(3 × 12); √3 ≈ 1.73 between 1 and 3).
  if (target >= 6) {
    const years = (n: number) => scaleLinear().domain([start / 12, end / 12]).ticks(n).filter(Number.isInteger);
    // One tick says no step: 2011–2018 at two ticks steps by 5 and holds only 2015. Ask for more until two fit
    // (by 2: 2012 … 2018), a few steps at most, as a span of a year or so holds one January at any step.
    let ticks = years(count);
    for (let more = count + 1; ticks.length < 2 && more <= count + 4; more += 1) ticks = years(more);
    return ticks.map((year) => year * 12);
  }
  const step = target < Math.sqrt(3) ? 1 : 3;
  const ticks: number[] = [];
  for (let month = Math.ceil(start / step) * step; month <= end; month += step) ticks.push(month);
  return ticks;
}

/** Log ticks 1-2-5 per decade, or only powers of ten when the plot is short. */
function logTicks(lo: number, hi: number, plotHeight: number): number[] {
  const all: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p += 1) {
    for (const m of [1, 2, 5]) if (m * 10 ** p >= lo && m * 10 ** p <= hi) all.push(m * 10 ** p);
  }
  return all.length * 24 > plotHeight ? all.filter((v) => Number.isInteger(Math.log10(v))) : all;
}

/** The 1-2-5 values of the decade below `value` through the decade above it. */
function steps125(value: number): number[] {
  const p = Math.floor(Math.log10(value));
  return [p - 1, p, p + 1].flatMap((e) => [1, 2, 5].map((m) => m * 10 ** e));
}

/** Headroom over a target on the linear scale, so its diamond is not cut by the plot's top edge. */
const TARGET_HEADROOM = 1.08;

function yScaleFor(lines: readonly EvLine[], targets: readonly EvTarget[], scale: EvScale, top: number, bottom: number) {
  const units = lines.flatMap((l) => [...l.points.map((p) => p.units), ...(l.carriedIn === null ? [] : [l.carriedIn])]);
  if (units.length === 0) return null;
  // Targets are in the frame: a plan above every outcome must not be drawn off the chart.
  const goals = targets.map((t) => (scale === 'log' ? t.amount : t.amount * TARGET_HEADROOM));
  const [min, max] = [Math.min(...units), Math.max(...units, ...goals)];
  if (scale === 'log') {
    // Snapped to 1-2-5 steps, not whole decades: the lowest line stays off the axis, and 500k does not stretch to 1M.
    const lo = steps125(min).filter((v) => v < min).at(-1)!;
    const hi = Math.max(steps125(max).find((v) => v >= max)!, lo * 10);
    const y = scaleLog().domain([lo, hi]).range([bottom, top]);
    return { y, ticks: logTicks(lo, hi, bottom - top) };
  }
  const y = scaleLinear().domain([0, max]).range([bottom, top]).nice(5);
  return { y, ticks: y.ticks(Math.max(2, Math.round((bottom - top) / 60))) };
}

type Vertex = { x: number; y: number; month: number };

/**
 * Step path through the vertices (after each one the line holds level until the next), split in two: the
 * reported steps, and the long holds, which would otherwise read as a flat value the source never gave.
 */
export function stepPaths(vertices: readonly Vertex[]): { path: string | null; gapPath: string | null } {
  if (vertices.length < 2) return { path: null, gapPath: null };
  let path = '';
  let gapPath = '';
  vertices.slice(1).forEach((b, i) => {
    const a = vertices[i]!;
    const isGap = isLongHold(a.month, b.month);
    if (isGap) gapPath += `M${a.x},${a.y}H${b.x}`;
    path += isGap ? `M${b.x},${a.y}V${b.y}` : `M${a.x},${a.y}H${b.x}V${b.y}`;
  });
  return { path, gapPath: gapPath || null };
}

/**
 * The layout but for the cursor, and what placing the cursor on it needs: apart, so a step of Play, which moves
 * only the cursor, places only the cursor (withCursor) — not every label again.
 */
export interface EvBaseLayout {
  layout: EvLayout;
  xOf: (month: number) => number;
  yOf: (units: number) => number;
  vertices: readonly (readonly { x: number; y: number }[])[];
}

/** Everything the EV chart draws, positioned for a chart `width` px wide: axes, step lines, dots, direct labels, markers, cursor. */
export function evLayout(
  lines: readonly EvLine[], markers: readonly EvMarker[], months: EvWindow, scale: EvScale, width: number,
  cursor: EvCursor | null, targets: readonly EvTarget[], locale: Locale,
  /** An image's fixed height (a square, a social card): the plot grows to fill it rather than float in it. */
  room?: number,
): EvLayout {
  return withCursor(evBaseLayout(lines, markers, months, scale, width, targets, locale, room), cursor);
}

/** A base layout with the cursor's rule, dots and readings on it, and the targets' labels kept clear of them. */
export function withCursor({ layout, xOf, yOf, vertices }: EvBaseLayout, cursor: EvCursor | null): EvLayout {
  if (!cursor) return layout;
  const placed = placeCursor(cursor, { xOf, yOf, plot: layout.plot }, { lines: layout.lines, vertices, labels: layout.labels, targets: layout.targets });
  return { ...layout, cursor: placed, targets: clearOfPlates(layout.targets, placed) };
}

/** evLayout without the cursor (see EvBaseLayout). */
export function evBaseLayout(
  lines: readonly EvLine[], markers: readonly EvMarker[], months: EvWindow, scale: EvScale, width: number,
  targets: readonly EvTarget[], locale: Locale, room?: number,
): EvBaseLayout {
  const formats: Formats = formatsFor(locale);
  const isCompact = width < COMPACT_WIDTH;
  const span = Math.max(1, months.end - months.start);
  // Brand colour already says whose model it is, so direct labels drop the brand prefix ("Leaf", "Zoe").
  const labelText = (l: EvLine) => l.shortLabel;
  const lastMonth = (l: EvLine) => (l.continuesPast ? months.end : (l.points[l.points.length - 1]?.month ?? months.start));
  const isGutter = (l: EvLine) => (months.end - lastMonth(l)) / span <= GUTTER_SHARE;
  const named = namedLines(lines);
  const gutterWidth = Math.ceil(Math.max(8, ...lines.filter((l) => named.has(l.key) && isGutter(l)).map((l) => textWidth(labelText(l), EV_LABEL_SIZE, l.isTotal) + 14)));
  const right = width - gutterWidth;
  // Launches claim label rows before events; right to left, so earlier labels stack above later lines.
  const order = markers
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Number(a.m.recordKey === 'events') - Number(b.m.recordKey === 'events') || b.m.month - a.m.month);
  const labelWidths = order.map(({ m }) => textWidth(m.label, EV_LABEL_SIZE));
  /** The plot under `rows` rows of marker labels, and where the labels go in them. */
  const frameWith = (rows: number) => {
    const top = markers.length ? rows * ROW_HEIGHT + 8 : 10;
    const bottom = top + Math.max(Math.round(Math.min(340, Math.max(250, width * 0.5))), Math.floor((room ?? 0) - top - AXIS_BAND));
    const yAxis = yScaleFor(lines, targets, scale, top, bottom);
    // Whole pixels, so the plot's edges and every mark placed from them stay on the pixel grid.
    const left = yAxis ? Math.ceil(Math.max(...yAxis.ticks.map((t) => textWidth(formatTick(t, formats), AXIS_FONT)))) + 10 : 6;
    const x = scaleLinear().domain([months.start, months.end]).range([left + 6, right - 6]);
    const xOf = (month: number) => toTenth(x(month));
    const slots = markerLabelRows(order.map(({ m }, k) => ({ x: xOf(m.month), width: labelWidths[k]! })), rows, 0, width, left);
    return { top, bottom, yAxis, left, xOf, slots, shown: slots.filter((slot) => slot.row !== null).length };
  };
  // A chart whose marker labels do not all fit three rows (a phone: Mitsubishi's joining had no label) takes a
  // fourth where that shows more of them: a label left out is worse than 15 px more height.
  const threeRows = frameWith(MARKER_ROWS);
  const fourRows = threeRows.shown < markers.length ? frameWith(MARKER_ROWS + 1) : null;
  const { top, bottom, yAxis, left, xOf, slots } = fourRows && fourRows.shown > threeRows.shown ? fourRows : threeRows;
  const yOf = (units: number) => toTenth(yAxis ? yAxis.y(units) : bottom);
  const column = (m: EvMarker) => Math.round(xOf(m.month) / MARKER_GAP);
  const taken = new Set(order.flatMap(({ m }, k) => (slots[k]!.row === null ? [] : [column(m)])));
  const drawnMarkers = order.flatMap((entry, k) => {
    if (slots[k]!.row === null && taken.has(column(entry.m))) return [];
    taken.add(column(entry.m));
    return [{ ...entry, slot: slots[k]! }];
  });

  // Each line's vertices, for the cursor's readings to keep clear of (collected here, where they are made).
  const lineVertices: (readonly { x: number; y: number }[])[] = [];
  const placedLines = lines.map((line): PlacedLine => {
    const dots = line.points.map((point) => ({ point, x: xOf(point.month), y: yOf(point.units) }));
    // A line carried into the window starts at its left edge; one that goes on past it runs to the right edge.
    // Edge vertices carry the month of the milestone beyond the edge, so a long hold stays dotted when clipped.
    const entry = line.carriedIn === null ? [] : [{ x: xOf(months.start), y: yOf(line.carriedIn), month: line.outsideMonths.before ?? months.start }];
    const held = [...entry, ...dots.map((d) => ({ x: d.x, y: d.y, month: d.point.month }))];
    const exit = line.continuesPast && held.length ? [{ x: xOf(months.end), y: held[held.length - 1]!.y, month: line.outsideMonths.after ?? months.end }] : [];
    const vertices = [...held, ...exit];
    lineVertices.push(vertices);
    return { line, ...stepPaths(vertices), dots: thinDots(dots), end: vertices[vertices.length - 1]! };
  });

  const labels: PlacedSeriesLabel[] = [];
  const namedPlaced = placedLines.filter(({ line }) => named.has(line.key));
  const gutter = namedPlaced.filter(({ line }) => isGutter(line));
  const centres = dodgeLabels(gutter.map(({ end }) => end.y), LABEL_GAP, top + 6, bottom - 2);
  gutter.forEach(({ line, end: last }, i) => {
    const y = toTenth(centres[i]!);
    labels.push({ key: line.key, text: labelText(line), x: right + 10, y, anchor: 'start', leader: gutterLeader(last.x, last.y, right, right + 10, y) });
  });
  const placedTargets = yAxis ? placeTargets(targets, xOf, yOf, { left, right }, isCompact, intlFor(locale)) : [];
  // What a line's own label should not cross: the lines and their dots, the markers' rules, the targets; and
  // the data alone (no rules), for a label that has to move away from its point (made only for one that does).
  const dataInk = {
    dots: [...placedLines.flatMap(({ dots }) => dots), ...placedTargets],
    steps: lineVertices,
    segments: placedTargets.flatMap((t) => (t.lineX1 === null ? [] : [[t.lineX1, t.y, t.x, t.y] as const])),
    text: [],
  };
  const weigh = inkWeigher({ ...dataInk, segments: [...drawnMarkers.map(({ m }) => [xOf(m.month), top, xOf(m.month), bottom] as const), ...dataInk.segments] });
  let [weighData, weighDots]: ((box: Box) => number)[] = [];
  const away = {
    data: (box: Box) => (weighData ??= inkWeigher(dataInk))(box),
    dots: (box: Box) => (weighDots ??= inkWeigher({ ...dataInk, steps: [], segments: [] }))(box),
  };
  const inline = namedPlaced
    .filter(({ line }) => !isGutter(line))
    .map(({ line, end }) => {
      const text = labelText(line);
      return { line, end, text, ...inlineLabelSpot(end, textWidth(text, EV_LABEL_SIZE, line.isTotal), weigh, { left, right, top, bottom }, away) };
    });
  const inlineCentres = dodgeInlineLabels(inline, LABEL_GAP, top + 6, bottom - 2);
  inline.forEach(({ line, end, text, x, anchor, led }, i) => {
    const y = toTenth(inlineCentres[i]!);
    labels.push({ key: line.key, text, x, y, anchor, leader: led ? inlineLeader(end, { x, y, anchor }) : null });
  });

  // In the markers' own order (by date), for the keyboard.
  const placedMarkers = [...drawnMarkers].sort((a, b) => a.i - b.i).map(({ m, slot }): PlacedMarker => {
    const labelY = slot.row === null ? null : top - 6 - slot.row * ROW_HEIGHT;
    return {
      marker: m, x: xOf(m.month), labelY, anchor: slot.anchor, labelX: slot.anchor === 'start' ? slot.span[0] : slot.span[1],
      y1: labelY === null ? top : labelY - 10, y2: bottom,
    };
  });

  // A compact chart gives each time tick more room, so it has fewer (its labels are as wide).
  const tickCount = Math.max(2, Math.floor((right - left) / (isCompact ? 90 : 75)));
  const layout: EvLayout = {
    width,
    height: bottom + AXIS_BAND,
    plot: { left, top, right, bottom },
    xTicks: monthTicks(months.start, months.end, tickCount).map((month) => ({ x: xOf(month), label: timeTickLabel(month, locale) })),
    yTicks: yAxis ? yAxis.ticks.map((t) => ({ y: yOf(t), label: formatTick(t, formats) })) : [],
    lines: placedLines,
    labels,
    markers: placedMarkers,
    cursor: null,
    targets: placedTargets,
    thinnedDots: lines.reduce((sum, line) => sum + line.points.length, 0) - placedLines.reduce((sum, placed) => sum + placed.dots.length, 0),
    thinnedMarkers: markers.length - drawnMarkers.length,
    unnamedLines: placedLines.length - named.size,
  };
  return { layout, xOf, yOf, vertices: lineVertices };
}
