import { keepRanked } from '../../lib/keepRanked';
import type { Brand } from '../../data/schema';
import type { SalesChartRow, SalesYear } from './model';

/** A selection of more brands with figures than this draws the others in the stack's grey part. */
export const MOST_BRANDS_DRAWN = 12;

/** What the chart draws of a selection: the years with only the drawn brands' cells, and those brands. */
export interface DrawnPart {
  years: readonly SalesYear[];
  brands: readonly Brand[];
  /** Selected brands with a figure in the years shown that have no bar of their own. */
  folded: number;
}

/**
 * Of more selected brands with figures than `most`, the ones that sold the most in the years shown, each with a
 * bar of its own; the others' cells leave the years drawn, so a stacked bar's grey rest holds them (the total is
 * the published one) and the tooltip counts them (SalesYear.foldedUnits). Thousands of bars would be unreadable
 * slivers, and Recharts takes ~0.25 ms each: 100 brands over 200 years blocked the page 5 s a brand toggle.
 */
export function drawnPart(years: readonly SalesYear[], brands: readonly Brand[], most = MOST_BRANDS_DRAWN): DrawnPart {
  const units = new Map<Brand, number>();
  for (const y of years) for (const c of y.cells) if (c.units !== null) units.set(c.brand, (units.get(c.brand) ?? 0) + c.units);
  if (units.size <= most) return { years, brands, folded: 0 };
  // Every kept brand has a figure: there are more of those than places.
  const keep = new Set(keepRanked(brands, most, (a, b) => (units.get(b) ?? -1) - (units.get(a) ?? -1)));
  return {
    years: years.map((y) => ({
      ...y,
      cells: y.cells.filter((c) => keep.has(c.brand)),
      foldedUnits: y.cells.reduce((sum, c) => sum + (keep.has(c.brand) ? 0 : (c.units ?? 0)), 0),
    })),
    brands: brands.filter((brand) => keep.has(brand)),
    folded: units.size - most,
  };
}

/** Whether a stack has a grey rest to draw (and the legend a key for it): brands switched off or without bars. */
export const hasRest = (rows: readonly SalesChartRow[]): boolean => rows.some((row) => row.others !== undefined);
