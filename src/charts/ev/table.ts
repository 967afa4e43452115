import type { ChartTable } from '../../components/chartTypes';
import type { EvLine } from './model';

/** The chart's table and CSV: one row per drawn milestone, by date, with raw units and the source id. */
export function evTable(lines: readonly EvLine[]): ChartTable {
  const rows = lines
    .flatMap((line, order) => line.points.map((point) => ({ line, point, order })))
    .sort((a, b) => a.point.month - b.point.month || a.order - b.order || a.point.units - b.point.units)
    .map(({ line, point }) => ({
      date: point.date,
      series: line.fullLabel,
      brand: line.brand ?? 'Alliance-wide',
      units: point.units,
      measure: point.measure,
      approximate: point.isApproximate ? 'yes' : 'no',
      source: point.source,
    }));
  return {
    caption: 'Electric-vehicle milestones: cumulative units since launch',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'series', label: 'Series' },
      { key: 'brand', label: 'Brand' },
      { key: 'units', label: 'Units', isNumeric: true },
      { key: 'measure', label: 'Measure' },
      { key: 'approximate', label: 'Approximate' },
      { key: 'source', label: 'Source' },
    ],
    rows,
  };
}
