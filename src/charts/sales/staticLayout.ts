import { scaleBand, scaleLinear } from 'd3-scale';
import type { Brand } from '../../data/schema';
import { isCompactWidth, SALES_MARGIN, salesChartHeight, STACKED_CATEGORY_GAP, STACKED_MAX_BAR, totalHalfWidth, X_AXIS_HEIGHT, yAxisWidth } from './frame';
import type { SalesAxis, SalesChartRow, SalesTarget } from './model';

export interface StaticBar {
  key: string;
  brand: Brand | 'others';
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StaticSalesLayout {
  width: number;
  height: number;
  isCompact: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: StaticBar[];
  yTicks: { value: number; y: number }[];
  years: { year: number; centre: number; start: number; end: number }[];
  totals: { year: number; units: number; y: number; centre: number; half: number }[];
  target: { y: number } | null;
}

/**
 * Where the stacked sales chart draws each mark at `width` pixels, computed as Recharts does it (a band
 * scale over the years, bars 22% in from each side of the band, rounded, at most STACKED_MAX_BAR wide,
 * centred; a linear value scale; brands stacked in the dataset's order (the filter keeps them so), the switched-off rest on top). Used for the
 * pre-rendered page, where Recharts cannot render; Recharts takes over after mount.
 */
export function staticSalesLayout(rows: readonly SalesChartRow[], axis: SalesAxis, brands: readonly Brand[], target: SalesTarget | null, width: number): StaticSalesLayout {
  const isCompact = isCompactWidth(width);
  const height = salesChartHeight(isCompact);
  const plot = {
    left: SALES_MARGIN.left + yAxisWidth(isCompact),
    right: width - SALES_MARGIN.right,
    top: SALES_MARGIN.top,
    bottom: height - SALES_MARGIN.bottom - X_AXIS_HEIGHT,
  };
  const x = scaleBand<number>().domain(rows.map((r) => r.year)).range([plot.left, plot.right]);
  const y = scaleLinear().domain(axis.domain).range([plot.bottom, plot.top]);
  const band = x.bandwidth();
  const gap = band * STACKED_CATEGORY_GAP;
  const fullSize = band - 2 * gap > 1 ? Math.round(band - 2 * gap) : band - 2 * gap;
  const size = Math.min(fullSize, STACKED_MAX_BAR);
  const offset = gap + (fullSize - size) / 2;
  const stackOrder = [...brands, 'others' as const];

  const bars = rows.flatMap((row) => {
    let base = 0;
    const start = x(row.year) ?? 0;
    return stackOrder.flatMap((brand) => {
      const value = row[brand];
      if (value === undefined) return [];
      const [low, high] = [base, base + value];
      base = high;
      return [{ key: `${row.year}-${brand}`, brand, year: row.year, x: start + offset, y: y(high), width: size, height: y(low) - y(high) }];
    });
  });
  const years = rows.map((row) => {
    const start = x(row.year) ?? 0;
    return { year: row.year, start, end: start + band, centre: start + band / 2 };
  });
  return {
    width,
    height,
    isCompact,
    plot,
    bars,
    yTicks: axis.ticks.map((value) => ({ value, y: y(value) })),
    years,
    totals: rows.map((row, i) => ({ year: row.year, units: row.totalUnits, y: y(row.totalValue), centre: years[i]!.centre, half: totalHalfWidth(band) })),
    target: target ? { y: y(target.units) } : null,
  };
}
