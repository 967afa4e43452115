import type { IntlShape } from 'react-intl';
import type { Filters, YearRange } from '../state/filters';
import { cursorYear } from '../state/time';

/**
 * "No figures for 2005: this chart’s figures start in 2011." — what a card says when the year the reader moved
 * the cursor to (dragging, the stepper, Play) lies outside the years it has data for, where its chart would
 * otherwise stand still with nothing to show the year was read. Null for the cursor left at the range's end
 * (the page's default, not a year anyone chose), inside the data, or for a view whose data has no years.
 */
export function cursorNote(filters: Pick<Filters, 'at' | 'yearRange'>, dataYears: YearRange | null, intl: IntlShape): string | null {
  if (filters.at === null || !dataYears) return null;
  const year = cursorYear(filters.at, filters.yearRange);
  const [from, to] = dataYears;
  if (year < from) return intl.formatMessage({ id: 'filters.cursorBefore' }, { year, from });
  if (year > to) return intl.formatMessage({ id: 'filters.cursorAfter' }, { year, to });
  return null;
}
