import type { Cell, ChartTable } from '../components/chartTypes';

// A cell starting with these would run as a formula in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of a chart's table: header row of column keys, numbers unformatted, blanks for gaps. */
export function tableToCsv(table: ChartTable): string {
  const header = table.columns.map((c) => csvCell(c.key)).join(',');
  const rows = table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}
