import type { Cell } from './chartTypes';

export type SortDirection = 'ascending' | 'descending';

/** Numbers compare as numbers, text in the reader's collation (so "2 > 10" never happens). */
function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * The rows sorted by one column. Missing values (null, absent) go last in either direction, since a gap
 * is neither smallest nor largest; ties keep the chart's own order. The input is not changed.
 */
export function sortRows<R extends Record<string, Cell>>(rows: readonly R[], key: string, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (row: R): Cell => (Object.hasOwn(row, key) ? (row[key] ?? null) : null);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const [a, b] = [value(x.row), value(y.row)];
      if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
      return sign * compareCells(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}
