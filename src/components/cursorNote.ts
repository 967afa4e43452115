import type { IntlShape } from 'react-intl';
import { joinSentences } from '../i18n/joinList';
import { selectComparedYear, type Filters, type YearRange } from '../state/filters';
import { cursorYear } from '../state/time';

/**
 * "No figures for 2005: this chart’s figures start in 2011." — what a card says when the year the reader moved
 * the cursor to (dragging, the stepper, Play) lies outside the years it has data for, where its chart would
 * otherwise stand still with nothing to show the year was read; and "Nothing to compare for 2023: …" for a
 * compared year outside them, where the card would otherwise compare nothing in silence. Null for the cursor
 * left at the range's end (the page's default, not a year anyone chose), years inside the data, or a view whose
 * data has no years.
 */
export function cursorNote(filters: Pick<Filters, 'at' | 'vs' | 'yearRange'>, dataYears: YearRange | null, intl: IntlShape): string | null {
  if (!dataYears) return null;
  const [from, to] = dataYears;
  const outside = (year: number | null, [before, after]: readonly ['filters.cursorBefore' | 'filters.compareBefore', 'filters.cursorAfter' | 'filters.compareAfter']) => {
    if (year === null) return '';
    if (year < from) return intl.formatMessage({ id: before }, { year, from });
    return year > to ? intl.formatMessage({ id: after }, { year, to }) : '';
  };
  const at = filters.at === null ? null : cursorYear(filters.at, filters.yearRange);
  const note = joinSentences([outside(at, ['filters.cursorBefore', 'filters.cursorAfter']), outside(selectComparedYear(filters), ['filters.compareBefore', 'filters.compareAfter'])], intl);
  return note || null;
}
