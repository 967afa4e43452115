import type { IntlShape } from 'react-intl';
import { boxAround, boxesOverlap, type Box } from '../../components/geometry';
import { textWidth } from '../../components/textWidth';
import { EV_LABEL_SIZE } from './halo';
import { targetMarkLabel, type EvTarget } from './targets';

export interface PlacedTarget {
  target: EvTarget;
  /** The diamond, at the target's amount at the end of its year. */
  x: number;
  y: number;
  /** The dashed line starts when the target was set; null where the source gives no year ("Initially"): the diamond alone. */
  lineX1: number | null;
  text: string;
  /**
   * Baseline of the label, right-aligned: under the line, ending by the diamond; on narrow charts on the line,
   * left of the diamond, where it fits there. Lower by a row while it would overlap a label placed before.
   */
  labelX: number;
  labelY: number;
  /** False where the cursor's readings cover the label (clearOfPlates): the line and diamond stay, and the name. */
  labelShown: boolean;
}

/** The box a target's label is drawn in: 12 px type (10 above its baseline, 3 below), right-aligned at `labelX`. */
export function targetLabelBox({ text, labelX, labelY }: Pick<PlacedTarget, 'text' | 'labelX' | 'labelY'>): Box {
  return { x0: labelX - textWidth(text, EV_LABEL_SIZE, true), y0: labelY - 10, x1: labelX, y1: labelY + 3 };
}

const ROW = 14;
/**
 * At most this many targets are given a label, the first in month order; the others keep their line and diamond, and their words
 * in the tooltip and the table. No chart reads more, and placing each label against every target grew with the
 * cube of their number: 9,000 valid targets froze the tab for a minute (a hostile-data review).
 */
export const MAX_LABELS = 24;
/** A label drops at most this many rows below its line: lower, it would read as another target's. It is left out. */
export const MAX_DROP_ROWS = 6;

/**
 * Targets placed for the chart. Labels go under the target's line, ending at their diamond (the lines below
 * are the outcome, so the label sits between plan and result) — on narrow charts on the line, left of the
 * diamond, with a shorter text, where it fits there (pushed right, it would cover its own diamond), under the
 * line where on it it would cover another target's diamond — and drop a row while they would overlap a label
 * placed before or a diamond.
 */
export function placeTargets(
  targets: readonly EvTarget[],
  xOf: (month: number) => number,
  yOf: (units: number) => number,
  plot: { left: number; right: number },
  isCompact: boolean,
  intl: IntlShape,
): PlacedTarget[] {
  const placed: PlacedTarget[] = [];
  const taken: { y: number; span: [number, number] }[] = [];
  let tried = 0;
  const diamonds = targets.map((t) => ({ x: xOf(t.month), y: yOf(t.amount) }));
  for (const target of [...targets].sort((a, b) => a.month - b.month)) {
    const x = xOf(target.month);
    const y = yOf(target.amount);
    const text = targetMarkLabel(target, isCompact, intl);
    // Drawn at weight 600: measured bold.
    const width = textWidth(text, EV_LABEL_SIZE, true);
    const spanEndingAt = (end: number): [number, number] => [end - width - 6, end + 6];
    // Narrow: left of the diamond where it fits; on the line unless it would cover another target's diamond there.
    const leftSpan = spanEndingAt(x - 10);
    const isLeft = isCompact && leftSpan[0] + 6 >= plot.left;
    const isOnLine = isLeft && !diamonds.some((d) => d.x !== x && Math.abs(d.y - y) < ROW && d.x + 6 > leftSpan[0] && d.x - 6 < leftSpan[1]);
    const end = Math.max(plot.left + width, Math.min(plot.right, isLeft ? x - 10 : x + 4));
    const span = spanEndingAt(end);
    // The text's box against every diamond (± 6 px), wherever the label ends up.
    const coversDiamond = (baseline: number) => {
      const box = targetLabelBox({ text, labelX: end, labelY: baseline });
      return diamonds.some((d) => boxesOverlap(box, boxAround(d, 6)));
    };
    const isFree = (baseline: number) => !coversDiamond(baseline) && !taken.some((t) => Math.abs(t.y - baseline) < ROW && t.span[0] < span[1] && span[0] < t.span[1]);
    const firstY = y + (isOnLine ? 4 : 18);
    // Counted as tried, placed or not: a label with no room still scanned every target on each of its rows.
    const rows = tried < MAX_LABELS ? MAX_DROP_ROWS + 1 : 0;
    tried += 1;
    const drop = Array.from({ length: rows }, (_, row) => row).find((row) => isFree(firstY + row * ROW));
    const labelY = firstY + (drop ?? 0) * ROW;
    if (drop !== undefined) taken.push({ y: labelY, span });
    const setMonth = target.setIn === null ? null : target.setIn * 12;
    placed.push({
      target, x, y, text,
      lineX1: setMonth === null ? null : Math.max(plot.left, xOf(setMonth)),
      labelX: end,
      labelY,
      labelShown: drop !== undefined,
    });
  }
  return placed;
}
