import type { IntlShape } from 'react-intl';
import { textWidth, truncateToWidth } from '../../components/textWidth';
import { formatsOf, isMillions } from '../../i18n/format';
import { targetYearValues } from '../../data/targetYear';
import { everyStep, totalFontSize, totalStep } from './frame';
/** Number and text formats the sales view shares between its model, axis, labels and tooltip, in the page's language. */

/** Axis ticks: "0", "800K", "4M", "10.5M" (fr "10,5 M", ja "1,050万") for units; "25%" for shares. */
export function formatAxisValue(value: number, isShare: boolean, intl: IntlShape): string {
  const f = formatsOf(intl);
  if (isShare) return f.percent(value);
  return value === 0 ? f.exact(0) : f.compact(value);
}

/** The estimated width in px of the widest value-axis label, at `fontSize`: what the axis must make room for. */
export function axisLabelWidth(ticks: readonly number[], isShare: boolean, fontSize: number, intl: IntlShape): number {
  return Math.max(0, ...ticks.map((tick) => textWidth(formatAxisValue(tick, isShare, intl), fontSize)));
}

/**
 * The years' totals above their bars, in one form for the chart. Phone-width bands are ~36px, so the unit is
 * dropped (the axis carries it): millions to three significant digits like `compactTotal` ("9.96", "8.10",
 * "10.6", fr "9,96"), or in Japanese the 万 count ("996") — but only where every total is at least one unit
 * (a million; one 万). Otherwise all keep the compact form, unit and all ("934K", "1.03M"), as the axis writes
 * them: "0.934" beside "1.03" would read as a fraction of nothing, and "934K" beside "1.03" as two units.
 */
export function formatTotalLabels(totals: readonly number[], isCompact: boolean, intl: IntlShape): string[] {
  const isJapanese = intl.locale === 'ja';
  const isOneUnit = (units: number) => (isJapanese ? Math.round(units / 1e4) >= 1 : isMillions(units));
  // A zero reads "0" either way.
  const dropsUnit = isCompact && totals.every((units) => units === 0 || isOneUnit(units));
  return totals.map((units) => {
    if (!dropsUnit) return formatsOf(intl).compactTotal(units);
    if (units === 0) return intl.formatNumber(0);
    // 万 figures go without a thousands comma, as Japanese writes them ("1061万"): "1,061" beside "1,076" ran together on a phone.
    return isJapanese
      ? intl.formatNumber(Math.round(units / 1e4), { useGrouping: false })
      : intl.formatNumber(units / 1e6, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 });
  });
}

/**
 * The totals' labels and their one type size, for a plot `plotWidth` px wide over as many years as totals: what
 * the Recharts chart and the static SVG both draw, so the takeover after mount moves no total.
 */
export function totalLabelsAndSize(
  totals: readonly number[],
  isCompact: boolean,
  plotWidth: number,
  intl: IntlShape,
  years: readonly number[],
  kept: readonly (number | null)[] = [],
): { labels: string[]; size: number } {
  const labels = formatTotalLabels(totals, isCompact, intl);
  const band = totals.length > 0 ? plotWidth / totals.length : plotWidth;
  const size = totalFontSize(band, labels);
  const shown = everyStep(years, totalStep(band, labels, size), kept);
  return { labels: labels.map((label, i) => (shown[i] ? label : '')), size };
}

/** The target line's label: a short form built from its numbers on a phone, else the record's own label (the dataset's words) cut to fit `width`. */
export function formatTargetLabel(target: { year: number; isFiscalYear: boolean; units: number; label: string; setIn: number | null }, isCompact: boolean, width: number, intl: IntlShape): string {
  return isCompact
    ? intl.formatMessage({ id: 'sales.target.short' }, { ...targetYearValues(target), units: formatAxisValue(target.units, false, intl) })
    : truncateToWidth(intl.formatMessage({ id: 'sales.target.long' }, { label: target.label, setIn: target.setIn === null ? 'none' : String(target.setIn) }), width - 12, 12);
}

/** The chart's accessible name: "Bar chart of units sold by Renault, Nissan, stacked, as units", in the language of `intl`. */
export function salesChartLabel(brands: readonly string[], isStacked: boolean, isShare: boolean, intl: IntlShape): string {
  return intl.formatMessage({ id: 'sales.chartLabel' }, { brands: formatsOf(intl).list(brands), layout: isStacked ? 'stacked' : 'grouped', mode: isShare ? 'share' : 'units' });
}
