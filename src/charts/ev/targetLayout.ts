import type { IntlShape } from 'react-intl';
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
  /** Baseline of the label, right-aligned to the diamond (under the line; on it, left of the diamond, when narrow), a row lower when it would hit the previous one. */
  labelX: number;
  labelY: number;
}

const ROW = 14;

/**
 * Targets placed for the chart. Labels go under the target's line, ending at their diamond (the lines below
 * are the outcome, so the label sits between plan and result) — on narrow charts on the line, left of the
 * diamond, with a shorter text — and drop a row where two would overlap.
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
  const taken: { row: number; span: [number, number] }[] = [];
  for (const target of [...targets].sort((a, b) => a.month - b.month)) {
    const x = xOf(target.month);
    const y = yOf(target.amount);
    const text = targetMarkLabel(target, isCompact, intl);
    // Drawn at weight 600: measured bold.
    const width = textWidth(text, EV_LABEL_SIZE, true);
    // Narrow: on the line, left of the diamond (under it the outcome lines are close); wide: under the line.
    const end = Math.max(plot.left + width, Math.min(plot.right, isCompact ? x - 10 : x + 4));
    const span: [number, number] = [end - width - 6, end + 6];
    let row = 0;
    while (taken.some((t) => t.row === row && t.span[0] < span[1] && span[0] < t.span[1])) row += 1;
    taken.push({ row, span });
    const setMonth = target.setIn === null ? null : target.setIn * 12;
    placed.push({
      target, x, y, text,
      lineX1: setMonth === null ? null : Math.max(plot.left, xOf(setMonth)),
      labelX: end,
      labelY: y + (isCompact ? 4 : 18) + row * ROW,
    });
  }
  return placed;
}
