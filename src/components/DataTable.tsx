import type { Cell, ChartTable } from './chartTypes';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatCell(value: Cell, isNumeric?: boolean): string {
  if (value === null) return '—';
  return isNumeric && typeof value === 'number' ? numberFormat.format(value) : String(value);
}

/** The accessible table view of a chart's rows. */
export function DataTable({ table }: { table: ChartTable }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${table.caption} (table)`}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.isNumeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((column, j) => {
                const text = formatCell(row[column.key] ?? null, column.isNumeric);
                return j === 0 ? (
                  <th key={column.key} scope="row">{text}</th>
                ) : (
                  <td key={column.key} className={column.isNumeric ? 'num' : undefined}>{text}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
