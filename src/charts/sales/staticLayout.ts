import { scaleBand, scaleLinear } from 'd3-scale';
import type { Brand } from '../../data/schema';
import type { SalesLayout } from '../../state/filters';
import { GROUPED_BAR_GAP, GROUPED_CATEGORY_GAP, GROUPED_MARGIN, GROUPED_MAX_BAR, isCompactWidth, SALES_MARGIN, salesChartHeight, STACKED_CATEGORY_GAP, STACKED_MAX_BAR, targetLineSpan, totalHalfWidth, X_AXIS_HEIGHT, yAxisWidth } from './frame';
import { type SalesAxis, type SalesChartRow, type SalesTarget } from './model';

export interface StaticBar {
  key: string;
  /** The brand, or null for the rest of the total (brands switched off). */
  brand: Brand | null;
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StaticSalesLayout {
  isStacked: boolean;
  width: number;
  height: number;
  isCompact: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: StaticBar[];
  yTicks: { value: number; y: number }[];
  years: { year: number; centre: number; start: number; end: number }[];
  totals: { year: number; units: number; y: number; centre: number; half: number }[];
  target: { y: number; x1: number; x2: number; labelX: number; anchor: 'start' | 'end' } | null;
}

/**
 * Where the sales chart draws each mark at `width` pixels, computed as Recharts does it: a band scale over
 * the years; in each band a gap (a share of the band) on either side, then one slot per series (one for a
 * stack), each rounded, at most the layout's widest bar, centred; a linear value scale. Stacked: brands in the
 * dataset's order (the filter keeps them so), the switched-off rest on top. Grouped: a bar per brand from 0.
 * Used where Recharts cannot render: the pre-rendered page and exported images.
 */
export function staticSalesLayout(
  rows: readonly SalesChartRow[], axis: SalesAxis, brands: readonly Brand[], target: SalesTarget | null, width: number, layout: SalesLayout = 'stacked',
  /** The widest value-axis label in px (axisLabelWidth), so the axis keeps room for it. */
  yLabelWidth = 0,
  /** An image's fixed room (a square, a social card): the bars grow to fill it rather than float in it. */
  room?: number,
): StaticSalesLayout {
  const isStacked = layout === 'stacked';
  const isCompact = isCompactWidth(width);
  const height = Math.max(salesChartHeight(isCompact), Math.floor(room ?? 0));
  const margin = isStacked ? SALES_MARGIN : GROUPED_MARGIN;
  const plot = {
    left: margin.left + yAxisWidth(isCompact, yLabelWidth),
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom - X_AXIS_HEIGHT,
  };
  const x = scaleBand<number>().domain(rows.map((r) => r.year)).range([plot.left, plot.right]);
  const y = scaleLinear().domain(axis.domain).range([plot.bottom, plot.top]);
  const band = x.bandwidth();
  const slots = isStacked ? 1 : brands.length;
  const gap = band * (isStacked ? STACKED_CATEGORY_GAP : GROUPED_CATEGORY_GAP);
  const barGap = isStacked || band - 2 * gap - (slots - 1) * GROUPED_BAR_GAP <= 0 ? 0 : GROUPED_BAR_GAP;
  const rawSize = (band - 2 * gap - (slots - 1) * barGap) / slots;
  const fullSize = rawSize > 1 ? Math.round(rawSize) : rawSize;
  const size = Math.min(fullSize, isStacked ? STACKED_MAX_BAR : GROUPED_MAX_BAR);
  const offset = gap + (slots * (fullSize - size)) / 2;

  const bars = rows.flatMap((row) => {
    const start = (x(row.year) ?? 0) + offset;
    if (!isStacked) {
      return brands.flatMap((brand, i) => {
        const value = row.values.get(brand);
        return value === undefined ? [] : [{ key: `${row.year}-${brand}`, brand, year: row.year, x: start + (size + barGap) * i, y: y(value), width: size, height: y(0) - y(value) }];
      });
    }
    let base = 0;
    // The brands' parts, then the rest of the total (keyed by the year alone; a brand's key adds its id).
    const parts: [Brand | null, number | undefined][] = [...brands.map((brand): [Brand, number | undefined] => [brand, row.values.get(brand)]), [null, row.others]];
    return parts.flatMap(([brand, value]) => {
      if (value === undefined) return [];
      const [low, high] = [base, base + value];
      base = high;
      return [{ key: brand === null ? `${row.year}` : `${row.year}-${brand}`, brand, year: row.year, x: start, y: y(high), width: size, height: y(low) - y(high) }];
    });
  });
  const years = rows.map((row) => {
    const start = x(row.year) ?? 0;
    return { year: row.year, start, end: start + band, centre: start + band / 2 };
  });
  return {
    isStacked,
    width,
    height,
    isCompact,
    plot,
    bars,
    yTicks: axis.ticks.map((value) => ({ value, y: y(value) })),
    years,
    totals: rows.map((row, i) => ({ year: row.year, units: row.totalUnits, y: y(row.totalValue), centre: years[i]!.centre, half: totalHalfWidth(band) })),
    target: target ? { y: y(target.units), ...targetLineSpan(target.fromYear, (year) => x(year) ?? plot.left, plot.left, plot.right) } : null,
  };
}
