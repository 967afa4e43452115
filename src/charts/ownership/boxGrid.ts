import type { Box, Point } from '../../components/geometry';

/** Side of a grid cell, in viewBox units: about a company box's height. */
export const CELL = 32;

/**
 * Items filed on a uniform grid under the boxes they cover, so a question about one spot reads the few items
 * of the cells around it instead of all of them. "Near" = sharing a cell: a superset of touching, so an exact
 * test over what is near answers as the same test over every item would.
 */
export interface Grid<T> {
  /** Files `item` in every cell one of `over` touches (edges included). */
  add: (item: T, over: readonly Box[]) => void;
  /** The items filed in a cell `area` touches, each once, in the order they were added. */
  near: (area: Box) => T[];
  /** Whether an item filed in a cell `area` touches passes `test`. */
  someNear: (area: Box, test: (item: T) => boolean) => boolean;
  /** Whether an item filed in the cell of `point` passes `test`. */
  someAt: (point: Point, test: (item: T) => boolean) => boolean;
}

/**
 * How many cells from the origin the grid reaches: a coordinate further out (a diagram spans a few dozen) is filed
 * and asked about in the last cell, which keeps "near" a superset of touching, and a box at 1e300 or Infinity
 * covers at most 2,049 cells a side instead of looping for ever. NaN files nothing: it overlaps nothing either.
 */
const FAR = 1024;
const cellOf = (v: number) => Math.max(-FAR, Math.min(FAR, Math.floor(v / CELL)));
// One number per cell (rows of 2^16 cells, offset so negative cells stay distinct): cheaper than a string.
const key = (cx: number, cy: number) => (cy + 32768) * 65536 + (cx + 32768);

/** Calls `visit` with the key of each cell `area` touches. */
function eachCell(area: Box, visit: (cell: number) => boolean | void): boolean {
  for (let cx = cellOf(area.x0); cx <= cellOf(area.x1); cx++) {
    for (let cy = cellOf(area.y0); cy <= cellOf(area.y1); cy++) if (visit(key(cx, cy)) === true) return true;
  }
  return false;
}

/**
 * An empty grid. Auto-placement asks thousands of questions per company, and each label of a diagram weighs
 * dozens of spots against every box, label, arrowhead and line: on a grown dataset (150 companies, 600
 * stakes, ~12,000 boxes around edge samples) asking every item took 30 s a year drawn.
 */
export function grid<T>(): Grid<T> {
  const items: T[] = [];
  // Each cell holds the numbers its items were added under: ascending, since items are only ever appended.
  const cells = new Map<number, number[]>();
  const add = (item: T, over: readonly Box[]) => {
    const n = items.push(item) - 1;
    for (const box of over) {
      eachCell(box, (cell) => {
        const filed = cells.get(cell);
        // An item over several boxes of one cell (a line's segments) is filed there once.
        if (!filed) cells.set(cell, [n]);
        else if (filed[filed.length - 1] !== n) filed.push(n);
      });
    }
  };
  const near = (area: Box) => {
    const found: number[] = [];
    eachCell(area, (cell) => {
      for (const n of cells.get(cell) ?? []) found.push(n);
    });
    // In the order added, each once (an item filed in several of the cells comes from each).
    found.sort((a, b) => a - b);
    return found.filter((n, i) => n !== found[i - 1]).map((n) => items[n]!);
  };
  const someIn = (cell: number, test: (item: T) => boolean) => cells.get(cell)?.some((n) => test(items[n]!)) ?? false;
  return {
    add,
    near,
    someNear: (area, test) => eachCell(area, (cell) => someIn(cell, test)),
    someAt: (point, test) => someIn(key(cellOf(point.x), cellOf(point.y)), test),
  };
}

/** `boxes` on a grid, each filed under itself. */
export function boxGrid(boxes: readonly Box[]): Grid<Box> {
  const filed = grid<Box>();
  for (const box of boxes) filed.add(box, [box]);
  return filed;
}
