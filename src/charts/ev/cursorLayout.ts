// The cursor year's rule on a laid-out EV chart: each line's reading as a dot on the rule, and a plate naming it
// where the plates fit beside the rule clear of the data (cursorPlacement). Pure.

import { boxesOverlap, toTenth, type Box, type Point } from '../../components/geometry';
import { flagOffsets } from '../../components/timelineScale';
import { textWidth } from '../../components/textWidth';
import { keepRanked } from '../../lib/keepRanked';
import type { EvCursor, EvCursorValue } from './cursor';
import { EV_LABEL_SIZE } from './halo';
import type { PlacedDot, PlacedSeriesLabel } from './layout';
import { cursorPlacement, dodgeLabels, PLATE_STEP, PLATE_TEXT_OFFSET, plateBox } from './placement';
import { targetLabelBox, type PlacedTarget } from './targetLayout';

/** The cursor rule and its value labels, dodged apart so none overlaps another. */
export interface PlacedCursor {
  /** The cursor's rule; null where only the compared year is on the chart (EvCursor.month). */
  x: number | null;
  year: number;
  /** How far the plates' column was lifted above its dots (cursorPlacement); 0 where no plates are drawn. */
  lift: number;
  /**
   * Each reading's dot on the rule, and its plate — the text's anchor point and side, and the box behind it —
   * or null where the chart is too narrow for any (`cursorPlacement`) or the column has no room left for it (the lowest readings).
   */
  labels: { value: EvCursorValue; dotY: number; plate: { x: number; y: number; anchor: 'start' | 'end'; box: Box } | null }[];
  /** The rule of the year the cursor's is compared with: a line, no readings (the summary compares them). */
  compare: { x: number; year: number } | null;
  /**
   * Each rule's year at its top, centred on `x` (moved apart where the two would overlap): the rules stand at
   * December, nearer the next year's tick than their own, so each says which year it is. `y` is the tag's centre.
   */
  tags: { kind: 'at' | 'vs'; year: number; x: number; y: number; halfWidth: number }[];
}

/** A rule's year tag: its height, and the room under the plot's top it takes from the readings' plates. */
export const TAG_HEIGHT = 16;
export const TAG_ROOM = TAG_HEIGHT + 4;

/** Everything already drawn that a plate should keep clear of: dots, step lines (by their vertices), labels, targets. */
export interface DrawnInk {
  lines: readonly { dots: readonly PlacedDot[] }[];
  vertices: readonly (readonly Point[])[];
  labels: readonly PlacedSeriesLabel[];
  targets: readonly PlacedTarget[];
}

const centreLine = (x0: number, x1: number, y: number) => [x0, y, x1, y] as const;

/** The cursor's rule at its month on `chart.xOf`, its readings' dots on it and their plates, on a chart whose plot is `chart.plot`. */
export function placeCursor(
  cursor: EvCursor,
  chart: { xOf: (month: number) => number; yOf: (units: number) => number; plot: { left: number; right: number; top: number; bottom: number } },
  drawn: DrawnInk,
): PlacedCursor {
  const { xOf, yOf } = chart;
  // The plates keep clear of the rules' year tags at the plot's top.
  const plot = { ...chart.plot, top: chart.plot.top + TAG_ROOM };
  const compare = cursor.compared?.month == null ? null : { x: xOf(cursor.compared.month), year: cursor.compared.year };
  if (cursor.month === null) return { x: null, year: cursor.year, lift: 0, labels: [], compare, tags: yearTags(null, compare, chart.plot) };
  const cx = xOf(cursor.month);
  const dotYs = cursor.values.map((v) => yOf(v.units));
  // Plates 16px tall, 17px apart: readings never touch each other. Where there are more readings than the
  // column has room for (60 lines of a grown file squeezed 60 plates into room for 18, over each other), the
  // highest have plates; the others keep their dot on the rule, named for assistive technology, and the table.
  const [low, high] = [plot.top + 8, plot.bottom - 8];
  const room = Math.max(0, Math.floor((high - low) / PLATE_STEP) + 1);
  const plated = keepRanked(cursor.values.map((_, i) => i), room, (a, b) => cursor.values[b]!.units - cursor.values[a]!.units);
  const ys = dodgeLabels(plated.map((i) => dotYs[i]!), PLATE_STEP, low, high).map(toTenth);
  const plates = plated.map((i, k) => ({ i, y: ys[k]!, width: textWidth(cursor.values[i]!.text, EV_LABEL_SIZE, true) + 8 }));
  const ink = {
    // A target's diamond is a dot too.
    dots: [...drawn.lines.flatMap((line) => line.dots), ...drawn.targets],
    steps: drawn.vertices,
    segments: drawn.targets.flatMap((t) => (t.lineX1 === null ? [] : [[t.lineX1, t.y, t.x, t.y] as const])),
    text: [
      ...drawn.labels.map((l) => {
        const w = textWidth(l.text, EV_LABEL_SIZE, true);
        return l.anchor === 'start' ? centreLine(l.x, l.x + w, l.y) : centreLine(l.x - w, l.x, l.y);
      }),
      // Only the labels drawn: one left out is not text the readings must keep clear of.
      ...drawn.targets.filter((t) => t.labelShown).map((t) => {
        const box = targetLabelBox(t);
        return centreLine(box.x0, box.x1, (box.y0 + box.y1) / 2);
      }),
    ],
  };
  const placement = cursorPlacement(plates, cx, ink, plot);
  const plateOf = new Map(plates.map((p) => [p.i, p]));
  const plate = ({ y, width }: { y: number; width: number }) => {
    if (!placement) return null;
    const { anchor, lift } = placement;
    return { x: anchor === 'start' ? cx + PLATE_TEXT_OFFSET : cx - PLATE_TEXT_OFFSET, y: y - lift, anchor, box: plateBox(cx, y - lift, width, anchor) };
  };
  return {
    x: cx,
    year: cursor.year,
    lift: placement?.lift ?? 0,
    labels: cursor.values.map((value, i) => {
      const own = plateOf.get(i);
      return { value, dotY: dotYs[i]!, plate: own ? plate(own) : null };
    }),
    compare,
    tags: yearTags({ year: cursor.year, x: cx }, compare, chart.plot),
  };
}

/** The rules' year tags at the plot's top (the cursor's where it has a rule), the two moved apart as the timeline's flags are (flagOffsets). */
function yearTags(at: { year: number; x: number } | null, compare: PlacedCursor['compare'], plot: { left: number; right: number; top: number }): PlacedCursor['tags'] {
  const halfWidth = (tagYear: number) => Math.ceil(textWidth(String(tagYear), EV_LABEL_SIZE, true) / 2) + 5;
  const half = Math.max(at ? halfWidth(at.year) : 0, compare ? halfWidth(compare.year) : 0);
  const offsets = at && compare ? flagOffsets(at.x, compare.x, [plot.left, plot.right], half, 3) : { at: 0, vs: 0 };
  const y = plot.top + TAG_HEIGHT / 2 + 1;
  // Kept inside the plot at its ends, as the flags are inside the rail.
  const inside = (centre: number) => toTenth(Math.min(plot.right - half, Math.max(plot.left + half, centre)));
  return [
    ...(at ? [{ kind: 'at' as const, year: at.year, x: inside(at.x + offsets.at), y, halfWidth: half }] : []),
    ...(compare ? [{ kind: 'vs' as const, year: compare.year, x: inside(compare.x + offsets.vs), y, halfWidth: half }] : []),
  ];
}

/**
 * The targets with the labels the cursor's readings cover left out: a plate is drawn over the chart like a
 * tooltip, and a label half under it reads as a broken one. Its line and diamond stay — on the page named for
 * assistive technology and in the tooltip and table; an exported image, drawn the same way, just loses that
 * label's words. The readings' placement already counts a label it covers as four dots.
 */
export function clearOfPlates(targets: readonly PlacedTarget[], cursor: PlacedCursor): PlacedTarget[] {
  const plates = cursor.labels.flatMap((l) => (l.plate ? [l.plate.box] : []));
  return targets.map((t) => {
    const box = targetLabelBox(t);
    return plates.some((plate) => boxesOverlap(box, plate)) ? { ...t, labelShown: false } : t;
  });
}
