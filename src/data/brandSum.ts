// Its own module: only the checks use it (the validator's chunk and data:verify), not the page's first load.
import { inclusionOf } from './catalogue';
import type { Brand, BrandInfo } from './schema';

/**
 * A year's brand figures added up, each unit once: a brand's figure inside another's that year (Dacia in Renault)
 * is left out where that brand gives a figure, as the stacked chart leaves it out of that brand's bar (`ownUnits`).
 */
export function brandSum(data: { brands: readonly BrandInfo[]; sales: readonly { year: number; brand: Brand; units: number | null }[] }, year: number): number {
  const ofYear = data.sales.filter((sale) => sale.year === year);
  const figures = new Map(ofYear.map((sale) => [sale.brand, sale.units]));
  return ofYear.reduce((sum, sale) => {
    const inside = inclusionOf(data.brands, sale.brand, year);
    return inside && (figures.get(inside.parent) ?? null) !== null ? sum : sum + (sale.units ?? 0);
  }, 0);
}
