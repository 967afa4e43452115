import type { Locale } from './locales';

/** Every number, date and list format the dashboard shows, for one language — one meaning per name. */
export interface Formats {
  /** The exact figure as a source prints it: "1,234,567" · "1 234 567" · "1,234,567". */
  exact(value: number): string;
  /** A short figure for labels and axes: "10.6M" · "10,6 M" · "1,061万". */
  compact(value: number): string;
  /** A value already in percent, to at most one decimal: "43.4%" · "43,4 %" · "43.4%". */
  percent(value: number): string;
  /** A month index (year × 12 + month − 1) as "Oct 2017" · "oct. 2017" · "2017年10月". */
  monthShort(month: number): string;
  /** A month index as "October 2017" · "octobre 2017" · "2017年10月". */
  monthLong(month: number): string;
  /** "Renault, Nissan and Mitsubishi" in the language's own list style; `or` for alternatives. */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** Parts of one reference, one after another, no conjunction: "a, b, c" · "a, b, c" · "a、b、c". */
  sequence(items: readonly string[]): string;
  /** "2013–2016", or "2017" when both ends are one year. */
  yearSpan(range: readonly [number, number]): string;
}

const cache = new Map<Locale, Formats>();

// Intl.ListFormat has no list without a conjunction in every language (its "unit" lists use spaces in
// Japanese and "et" in French), so the separator of a plain sequence is kept here, per language.
const SEQUENCE_SEPARATOR: Record<Locale, string> = { en: ', ', fr: ', ', ja: '、' };

function monthDate(month: number): Date {
  return new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
}

function buildFormats(locale: Locale): Formats {
  const exact = new Intl.NumberFormat(locale);
  // One decimal of the compact unit: "10.6M" in English, and Japanese's 万 unit keeps its grouping ("1,061万").
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions);
  const percent = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // The dashboard's English is British ("Colour theme") and lists without a serial comma, as it always has.
  const listLocale = locale === 'en' ? 'en-GB' : locale;
  const and = new Intl.ListFormat(listLocale, { type: 'conjunction' });
  const or = new Intl.ListFormat(listLocale, { type: 'disjunction' });
  return {
    exact: (value) => exact.format(value),
    compact: (value) => compact.format(value),
    percent: (value) => percent.format(value),
    monthShort: (month) => monthShort.format(monthDate(month)),
    monthLong: (month) => monthLong.format(monthDate(month)),
    list: (items, kind = 'and') => (kind === 'and' ? and : or).format(items),
    sequence: (items) => items.join(SEQUENCE_SEPARATOR[locale]),
    yearSpan: ([from, to]) => (from === to ? String(from) : `${from}–${to}`),
  };
}

/** The formats for a language, built once: creating Intl formatters is slow (~16 ms for the first). */
export function formatsFor(locale: Locale): Formats {
  let formats = cache.get(locale);
  if (!formats) {
    formats = buildFormats(locale);
    cache.set(locale, formats);
  }
  return formats;
}
