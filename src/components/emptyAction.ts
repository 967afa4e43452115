import type { IntlShape } from 'react-intl';
import type { Brand } from '../data/schema';
import { formatsOf } from '../i18n/format';
import type { Filters, YearRange } from '../state/filters';

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
  intl: IntlShape,
): EmptyAction | null {
  // Years first: a range that misses the data leaves the card empty whatever the brands (the EV card always
  // draws the Alliance-wide series, so it is never empty for want of a brand).
  const [from, to] = filters.yearRange;
  if (dataYears && (to < dataYears[0] || from > dataYears[1])) return { label: intl.formatMessage({ id: 'export.showYears' }, { years: formatsOf(intl).yearSpan(dataYears) }), patch: { yearRange: dataYears } };
  if (filters.brands.length === 0) return { label: intl.formatMessage({ id: 'export.selectAllBrands' }), patch: { brands: [...allBrands] } };
  return null;
}
