import { wrapText } from './wrapText';

/** Where one entry of a key goes: the entry, its row's offset from the flow's top-left, and its label's lines. */
export interface FlowedEntry<T> {
  item: T;
  x: number;
  y: number;
  lines: string[];
}

/** An entry's parts, in px: its symbol's room before the label, the gap after it, a row's height, a label line's. */
export interface FlowSizes {
  symbol: number;
  gap: number;
  row: number;
  line: number;
}

/**
 * Key entries (a symbol, then its label) flowed into rows `width` px wide, as a chart's key and an exported image's
 * legend lay theirs out: a label wider than a row's room wraps (`measure` reads a text's width in px), on rows of its
 * own — a long comparison entry, in French, on a phone ran past the card's edge. `height` is down to the last row's foot.
 */
export function flowEntries<T extends { label: string }>(items: readonly T[], width: number, measure: (text: string) => number, sizes: FlowSizes): { entries: FlowedEntry<T>[]; height: number } {
  const room = width - sizes.symbol;
  // The next entry's place, and how much taller than one line the current row is (a wrapped entry's extra lines).
  let [x, y, rowExtra] = [0, 0, 0];
  const entries = items.map((item) => {
    const { label } = item;
    const labelWidth = measure(label);
    const lines = labelWidth <= room ? [label] : wrapText(label, room, measure);
    const entryWidth = sizes.symbol + labelWidth + sizes.gap;
    // A wrapped label is wider than a row's room, so its entry shares no row: the entries before and after it start one.
    if (x > 0 && x + entryWidth > width) [x, y] = [0, y + sizes.row + rowExtra];
    const placed = { item, x, y, lines };
    x += entryWidth;
    rowExtra = (lines.length - 1) * sizes.line;
    return placed;
  });
  return { entries, height: items.length ? y + sizes.row + rowExtra : 0 };
}
