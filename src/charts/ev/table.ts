import type { ChartTable } from '../../components/chartTypes';
import type { EvLine } from './model';
import { targetOutcomeText, targetVerdict, type EvTarget } from './targets';

/**
 * The chart's table and CSV: one row per drawn milestone, by date, with raw units and the source id; then
 * one row per drawn target (measure "sales target"), its verdict and what was reported around its year's end.
 */
export function evTable(lines: readonly EvLine[], targets: readonly EvTarget[] = []): ChartTable {
  const milestones = lines
    .flatMap((line, order) => line.points.map((point) => ({ line, point, order })))
    .sort((a, b) => a.point.month - b.point.month || a.order - b.order || a.point.units - b.point.units)
    .map(({ line, point }) => ({
      date: point.date,
      series: line.fullLabel,
      brand: line.brand ?? 'Alliance-wide',
      units: point.units,
      measure: point.measure,
      approximate: point.isApproximate ? 'yes' : 'no',
      outcome: null,
      source: point.source,
    }));
  const planned = targets.map((t) => ({
    date: String(t.year),
    series: `Target: ${t.label}`,
    brand: 'Alliance-wide',
    units: t.amount,
    measure: 'sales target',
    approximate: 'no',
    outcome: [targetVerdict(t.status), targetOutcomeText(t)].filter(Boolean).join(': '),
    source: t.source,
  }));
  const rows = [...milestones, ...planned];
  return {
    caption: 'Electric-vehicle milestones: cumulative units since launch',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'series', label: 'Series' },
      { key: 'brand', label: 'Brand' },
      { key: 'units', label: 'Units', isNumeric: true },
      { key: 'measure', label: 'Measure' },
      { key: 'approximate', label: 'Approximate' },
      { key: 'outcome', label: 'Target outcome' },
      { key: 'source', label: 'Source' },
    ],
    rows,
  };
}
