import type { IntlShape } from 'react-intl';
import type { Brand, Source } from '../data/schema';
import { formatsFor, formatsOf, isoDay, isoMonth } from '../i18n/format';
import { joinList } from '../i18n/joinList';
import type { Locale } from '../i18n/locales';
import { selectComparedYear, selectCursor, type Filters, type YearRange } from '../state/filters';

/** The years a figure actually draws: the filter's range cut to the years the view has data for; null if none. */
export function drawnYears(yearRange: YearRange, dataYears: YearRange | null): YearRange | null {
  if (!dataYears) return yearRange;
  const from = Math.max(yearRange[0], dataYears[0]);
  const to = Math.min(yearRange[1], dataYears[1]);
  return from <= to ? [from, to] : null;
}

/**
 * "Years 2013–2016 · Brands: Renault, Nissan": the filter, as a line under an exported image, in `intl`'s
 * language — the years a chart draws (`shownYears`), where they are fewer — with " · 2012 compared with 2017"
 * while two years are compared (the image's frames and rules show them). `shownYears` null: the chart draws the
 * two years compared, not a span (ownership, plants), and the line names them alone.
 */
export function filterLine(filters: Pick<Filters, 'yearRange' | 'brands' | 'at' | 'vs'>, allBrands: readonly Brand[], intl: IntlShape, shownYears: YearRange | null = filters.yearRange): string {
  const { brands } = filters;
  const brandText =
    brands.length === allBrands.length
      ? intl.formatMessage({ id: 'export.allBrands' })
      : brands.length
        ? brands.join(', ')
        : intl.formatMessage({ id: 'export.noBrand' });
  const span = shownYears === null ? 'none' : shownYears[0] === shownYears[1] ? 'one' : 'many';
  const line = intl.formatMessage({ id: 'export.filterLine' }, { span, years: shownYears ? formatsOf(intl).yearSpan(shownYears) : '', brands: brandText });
  const compared = selectComparedYear(filters);
  return compared === null ? line : intl.formatMessage({ id: 'export.filterLine.compared' }, { filters: line, at: selectCursor(filters), vs: compared });
}

/** "6 December 2023" from "2023-12-06", "December 2023" from "2023-12", in `locale`; anything else as written. */
export function sourceDate(date: string, locale: Locale): string {
  const formats = formatsFor(locale);
  const day = isoDay(date);
  if (day) return formats.dayLong(day.month, day.day);
  const month = isoMonth(date);
  return month === null ? date : formats.monthLong(month);
}

/** `"Title", news article, Publisher, 6 December 2023`: what a reader needs to find the document. */
export function citation(source: Source, intl: IntlShape): string {
  const locale = intl.locale as Locale;
  const parts = [
    intl.formatMessage({ id: 'export.citationTitle' }, { title: source.title, firstSentence: source.titleIsFirstSentence ? 'yes' : 'no' }),
    intl.formatMessage({ id: source.kind === 'news' ? 'export.kind.news' : 'export.kind.encyclopedia' }),
    source.publisher,
    source.date && sourceDate(source.date, locale),
  ];
  return formatsFor(locale).sequence(parts.filter((part): part is string => Boolean(part)));
}

/** `Source: "Title", encyclopedia article · Alliance Atlas`, the sources a chart cites in citation order. */
export function sourceLine(sources: readonly Source[], intl: IntlShape): string {
  return intl.formatMessage({ id: 'export.sourceLine' }, { count: sources.length, citations: joinList(sources.map((s) => citation(s, intl)), intl) });
}
