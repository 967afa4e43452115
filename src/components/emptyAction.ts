import type { Brand } from '../data/schema';
import type { Filters, YearRange } from '../state/filters';
import { yearSpan } from './format';

/** A one-click way out of an empty card, and the filter change it makes. */
export interface EmptyAction {
  label: string;
  patch: Partial<Pick<Filters, 'yearRange' | 'brands'>>;
}

/**
 * What an empty card offers: the years the view has data for when the selected range misses them all, or
 * every brand back when none is selected. Null when neither explains the empty card (e.g. a brand with no plants).
 */
export function emptyAction(
  filters: { yearRange: YearRange; brands: readonly Brand[] },
  dataYears: YearRange | null,
  allBrands: readonly Brand[],
): EmptyAction | null {
  // Years first: a range that misses the data leaves the card empty whatever the brands (the EV card always
  // draws the Alliance-wide series, so it is never empty for want of a brand).
  const [from, to] = filters.yearRange;
  if (dataYears && (to < dataYears[0] || from > dataYears[1])) return { label: `Show ${yearSpan(dataYears)}`, patch: { yearRange: dataYears } };
  if (filters.brands.length === 0) return { label: 'Select every brand', patch: { brands: [...allBrands] } };
  return null;
}
