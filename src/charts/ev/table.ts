import type { IntlShape } from 'react-intl';
import { tableColumns } from '../../components/tableColumns';
import '../../components/tableWords';
import type { ChartTable } from '../../components/chartTypes';
import type { MessageId } from '../../i18n/messages';
import type { EvLine, EvMarker } from './model';
import { targetVerdictText, type EvTarget } from './targets';

/**
 * The chart's table and CSV, in the language of `intl`: one row per drawn milestone, by date, with raw units and
 * the source id; then one row per drawn target (measure "sales target"), its verdict and what was reported around
 * its year's end; then one per launch and event marker, by date (the chart's dashed rules: at density the reader's
 * way to every one of them, and their sources, whatever the plot can label).
 */
export function evTable(lines: readonly EvLine[], intl: IntlShape, targets: readonly EvTarget[] = [], markers: readonly EvMarker[] = []): ChartTable {
  const word = (id: MessageId) => intl.formatMessage({ id });
  const milestones = lines
    .flatMap((line, order) => line.points.map((point) => ({ line, point, order })))
    .sort((a, b) => a.point.month - b.point.month || a.order - b.order || a.point.units - b.point.units)
    .map(({ line, point }) => ({
      date: point.date,
      series: line.fullLabel,
      brand: line.brand ?? word('tables.ev.allianceWide'),
      units: point.units,
      measure: word(point.measure === 'production' ? 'tables.ev.productionWord' : 'tables.ev.sales'),
      approximate: intl.formatMessage({ id: 'tables.ev.qualifier' }, { qualifier: point.qualifier ?? 'none' }),
      outcome: null,
      source: point.source,
    }));
  const planned = targets.map((t) => ({
    date: String(t.year),
    series: intl.formatMessage({ id: 'tables.ev.targetSeries' }, { label: t.label }),
    brand: word('tables.ev.allianceWide'),
    units: t.amount,
    measure: word('tables.ev.salesTarget'),
    approximate: intl.formatMessage({ id: 'tables.ev.qualifier' }, { qualifier: 'none' }),
    outcome: targetVerdictText(t, intl),
    source: t.source,
  }));
  const marked = markers.map((m) => ({
    date: m.date,
    series: m.title,
    brand: m.brand ?? word('tables.ev.allianceWide'),
    units: null,
    measure: word(m.recordKey === 'evLaunches' ? 'tables.ev.launch' : 'tables.ev.event'),
    approximate: null,
    outcome: null,
    source: m.source,
  }));
  return {
    caption: word('tables.ev.caption'),
    columns: tableColumns(intl, 'tables.ev', ['date', 'series', 'brand', 'units', 'measure', 'approximate', 'outcome', 'source'], ['units'], ['date']),
    rows: [...milestones, ...planned, ...marked],
  };
}
