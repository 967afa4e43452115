import type { Cell, ChartTable } from '../components/chartTypes';
import { sourceTitle, type SourcesById } from '../data/sourceIndex';

// A cell starting with these would run as a formula in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
/** Spreadsheet programs read a CSV as UTF-8 (Renault–Nissan, São José) only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';
const MAX_DECIMALS = 6;

function textCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Decimals a value is written with: its own, at most six; none for NaN, ±Infinity or exponent notation. */
function decimalsOf(value: number): number {
  const text = String(value);
  const [, fraction = ''] = text.split('.');
  return text.includes('e') ? 0 : Math.min(MAX_DECIMALS, fraction.length);
}

/** A column's numbers all at the precision its most precise value needs: 33.90 beside 58.16, never 33.9. */
function numberFormatter(values: readonly Cell[]): (value: number) => string {
  const decimals = Math.max(0, ...values.map((v) => (typeof v === 'number' ? decimalsOf(v) : 0)));
  return (value) => value.toFixed(decimals);
}

/**
 * RFC 4180 CSV of a chart's table, with a BOM: header row of column keys, numbers unformatted (no thousands
 * separators) at one precision per column, blanks for gaps and for NaN or ±Infinity. A `source` column of ids
 * is written as the sources' titles, with the ids in a `source_id` column beside it.
 */
export function tableToCsv(table: ChartTable, sourcesById: SourcesById = new Map()): string {
  const columns = table.columns.flatMap((c) => (c.key === 'source' ? [{ key: 'source', isTitle: true }, { key: 'source_id', isTitle: false }] : [{ key: c.key, isTitle: false }]));
  const formats = new Map(table.columns.map((c) => [c.key, numberFormatter(table.rows.map((row) => row[c.key] ?? null))]));
  const cell = (row: Record<string, Cell>, key: string, isTitle: boolean): string => {
    const value = key === 'source_id' ? (row.source ?? null) : (row[key] ?? null);
    // Stryker disable next-line ConditionalExpression: equivalent — a null passed on comes back from textCell unchanged, and join writes it as ''.
    if (value === null) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? formats.get(key)!(value) : '';
    return textCell(isTitle ? sourceTitle(sourcesById, value) : value);
  };
  const header = columns.map((c) => textCell(c.key)).join(',');
  const rows = table.rows.map((row) => columns.map((c) => cell(row, c.key, c.isTitle)).join(','));
  return BOM + [header, ...rows].join('\r\n') + '\r\n';
}
