import type { ChartTable } from './chartTypes';

/** A text longer than this wraps into a tall, narrow cell at the column's least width: its column gets a wider one. */
export const PROSE_LENGTH = 20;
/**
 * A table of this many columns is wider than its card anyway (it scrolls): its long texts can have room. One of
 * fewer fits a desktop card (the sales table's six at 1,400 px), and a wider column there squeezed the others'
 * headers to five lines in French; on a phone it scrolls too, and dataTable.css gives its long texts room there.
 */
export const WIDE_TABLE_COLUMNS = 8;

export const isWideTable = (table: ChartTable): boolean => table.columns.length >= WIDE_TABLE_COLUMNS;

/**
 * The text columns holding a value longer than PROSE_LENGTH characters (a source's title, a company's full name,
 * a note). A table wider than its box gave every text column its least width: the ownership table's source
 * titles wrapped to three lines in 84 px, and every row stood 80 px tall, mostly blank (the sales table's
 * sources, four lines on a phone).
 */
export function proseColumns(table: ChartTable): Set<string> {
  const found = new Set<string>();
  for (const column of table.columns) {
    if (column.isNumeric) continue;
    if (table.rows.some((row) => String(row[column.key] ?? '').length > PROSE_LENGTH)) found.add(column.key);
  }
  return found;
}
