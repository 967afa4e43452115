import type { Locale } from './locales';

/** Every number, date and list format the dashboard shows, for one language — one meaning per name. */
export interface Formats {
  /** The exact figure as a source prints it: "1,234,567" · "1 234 567" · "1,234,567". */
  exact(value: number): string;
  /** The exact figure as a sentence writes it: "170,000" · "170 000" · "17万" (Japanese counts in 万 and 億, every digit kept: "25万3,500"). */
  exactInText(value: number): string;
  /** A short figure for labels and axes, to three significant digits: "9.96M" · "9,96 M" · "996万"; "4M", "8.1M". */
  compact(value: number): string;
  /** A total set beside others (above bars): compact, a trailing zero kept so they read alike: "8.10M" · "8,10 M" · "810万". */
  compactTotal(value: number): string;
  /** A value already in percent, to at most one decimal: "43.4%" · "43,4 %" · "43.4%". */
  percent(value: number): string;
  /** A percentage the page computed (a share, a change), to one decimal, trailing zero kept, so figures set side by side read alike: "32.0%" · "32,0 %" · "32.0%". */
  computedPercent(value: number): string;
  /** A month index (year × 12 + month − 1) as "Oct 2017" · "oct. 2017" · "2017年10月". */
  monthShort(month: number): string;
  /** A month index as "October 2017" · "octobre 2017" · "2017年10月". */
  monthLong(month: number): string;
  /** An amount of money, compact, to four significant digits: "€600M" · "600 M €" · "€6億"; "₽23B". */
  money(amount: number, currency: string): string;
  /** A day of a month index, short: "6 Dec 2023" · "6 déc. 2023" · "2023年12月6日". */
  dayShort(month: number, day: number): string;
  /** A day of a month index, in words: "6 December 2023" · "6 décembre 2023" · "2023年12月6日". */
  dayLong(month: number, day: number): string;
  /** A year on its own, as a date: "2012" · "2012" · "2012年". */
  year(year: number): string;
  /** A dataset date as shown: "2017-10" as monthShort, "2021" as year; anything else as written. */
  isoDate(date: string): string;
  /** "Renault, Nissan and Mitsubishi" in the language's own list style; `or` for alternatives. */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** Parts of one reference, one after another, no conjunction: "a, b, c" · "a, b, c" · "a、b、c". */
  sequence(items: readonly string[]): string;
  /** "2013–2016", or "2017" when both ends are one year. */
  yearSpan(range: readonly [number, number]): string;
}

const cache = new Map<Locale, Formats>();

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4}-\d{2})-(\d{2})$/;

/** "2017-10" as a month index (2017 × 12 + 9), the one reading of the dataset's "YYYY-MM" dates; null for anything else. */
export function isoMonth(date: string): number | null {
  const parts = YEAR_MONTH.exec(date);
  return parts ? Number(parts[1]) * 12 + Number(parts[2]) - 1 : null;
}

/** "2023-12-06" as its month index and day ({ month: 2023 × 12 + 11, day: 6 }), the one reading of "YYYY-MM-DD"; null for anything else. */
export function isoDay(date: string): { month: number; day: number } | null {
  const parts = YEAR_MONTH_DAY.exec(date);
  const month = parts ? isoMonth(parts[1] ?? '') : null;
  return parts && month !== null ? { month, day: Number(parts[2]) } : null;
}

// Intl.ListFormat has no list without a conjunction in every language (its "unit" lists use spaces in
// Japanese and "et" in French), so the separator of a plain sequence is kept here, per language.
const SEQUENCE_SEPARATOR: Record<Locale, string> = { en: ', ', fr: ', ', ja: '、' };
/** Between a span's first and last year: Japanese writes 2011～2018年, as its catalog's {from}～{to}年 does. */
const SPAN_SEPARATOR: Record<Locale, string> = { en: '–', fr: '–', ja: '～' };

/** The first day (UTC) of a month counted from year 0 (year × 12 + month index): what the date formats format. */
function monthStart(month: number): Date {
  return new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
}

/**
 * Whether a total reads in millions once rounded to three digits (999,500 reads 1.00M): from there its third digit
 * is kept, trailing zero and all; below, a total has none to keep ("500K"), and none is written after a 0 or a 950.
 */
export const isMillions = (value: number) => Math.abs(value) >= 999_500;

/** `make()`'s result, made at the first call and kept: a formatter costs its making (~1–2 ms each, ICU's first ~19 ms). */
function madeOnUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A zero as 0: a file may write -0 (JSON allows it, and the schema's "not negative" lets it through), and
 * Intl prints it "-0", which read as a negative sale. Adding +0 turns -0 into 0 and leaves every other number be.
 */
const unsigned = (value: number) => value + 0;

/**
 * A whole count as a Japanese text writes it, every digit kept: from 万 (10⁴) "17万", "25万3,500", "1,076万"; from
 * 億 (10⁸) "1億2,000万"; from 兆 (10¹²) "1兆". Each part is grouped as the compact figures are ("1,076万台"): one
 * page, one way to write a count. Below 万, or not a whole number, `digits` writes all of it.
 */
function inMan(value: number, digits: (part: number) => string): string {
  const whole = Math.abs(value);
  if (!Number.isSafeInteger(value) || whole < 10_000) return digits(value);
  const units = [[Math.floor(whole / 1e12), '兆'], [Math.floor(whole / 1e8) % 1e4, '億'], [Math.floor(whole / 1e4) % 1e4, '万'], [whole % 1e4, '']] as const;
  const parts = units.filter(([part]) => part > 0).map(([part, unit]) => `${digits(part)}${unit}`);
  return `${value < 0 ? '-' : ''}${parts.join('')}`;
}

/**
 * Each formatter is made on its first use: a view's first render used to make all ten, 10–13 ms of the sales
 * card's first render on the realistic 100× dataset (CPU profile), for the two or three it formats with.
 */
function buildFormats(locale: Locale): Formats {
  const exact = madeOnUse(() => new Intl.NumberFormat(locale));
  // At least three significant digits, so a total is never misrepresented: 9,961,347 is "9.96M", not "10M".
  // 'morePrecision' keeps whole units where they carry more ("1,061万", not "1,060万"); Japanese's 万 unit keeps
  // its grouping.
  const compactOptions = {
    notation: 'compact', maximumFractionDigits: 0, maximumSignificantDigits: 3, roundingPriority: 'morePrecision', useGrouping: 'always',
  } as Intl.NumberFormatOptions;
  const compact = madeOnUse(() => new Intl.NumberFormat(locale, compactOptions));
  const compactTotal = madeOnUse(() => new Intl.NumberFormat(locale, { ...compactOptions, minimumSignificantDigits: 3 }));
  const percentOptions: Intl.NumberFormatOptions = { style: 'unit', unit: 'percent', maximumFractionDigits: 1 };
  const percent = madeOnUse(() => new Intl.NumberFormat(locale, percentOptions));
  // The same, its one decimal always written: shares set side by side read alike.
  const computedPercent = madeOnUse(() => new Intl.NumberFormat(locale, { ...percentOptions, minimumFractionDigits: 1 }));
  const monthShort = madeOnUse(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const monthLong = madeOnUse(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const year = madeOnUse(() => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }));
  // The dashboard's English is British ("Colour theme"): lists without a serial comma, the day before the
  // month, as the citations were written.
  const britishInEnglish = locale === 'en' ? 'en-GB' : locale;
  const and = madeOnUse(() => new Intl.ListFormat(britishInEnglish, { type: 'conjunction' }));
  const or = madeOnUse(() => new Intl.ListFormat(britishInEnglish, { type: 'disjunction' }));
  const dayShort = madeOnUse(() => new Intl.DateTimeFormat(britishInEnglish, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const dayLong = madeOnUse(() => new Intl.DateTimeFormat(britishInEnglish, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const dayDate = (month: number, day: number) => new Date(Date.UTC(Math.floor(month / 12), month % 12, day));
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const money = (currency: string) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      // Grouped as the compact counts are ("₩1,700億" beside "1,076万"): only a 万 or 億 count reaches four digits.
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact', maximumSignificantDigits: 4, useGrouping: 'always' });
      moneyFormats.set(currency, format);
    }
    return format;
  };
  return {
    exact: (value) => exact().format(unsigned(value)),
    exactInText: locale === 'ja' ? (value) => inMan(unsigned(value), (part) => exact().format(part)) : (value) => exact().format(unsigned(value)),
    money: (amount, currency) => money(currency).format(unsigned(amount)),
    compact: (value) => compact().format(unsigned(value)),
    compactTotal: (value) => (isMillions(value) ? compactTotal() : compact()).format(unsigned(value)),
    // A stake above 0 that rounds to 0 (a file's 0.01%) is "<0.1%", not "0%", which reads as none.
    percent: (value) => (value > 0 && value < 0.05 ? `<${percent().format(0.1)}` : percent().format(unsigned(value))),
    computedPercent: (value) => computedPercent().format(unsigned(value)),
    monthShort: (month) => monthShort().format(monthStart(month)),
    monthLong: (month) => monthLong().format(monthStart(month)),
    dayShort: (month, day) => dayShort().format(dayDate(month, day)),
    dayLong: (month, day) => dayLong().format(dayDate(month, day)),
    year: (value) => year().format(monthStart(value * 12)),
    isoDate: (date) => {
      const month = isoMonth(date);
      if (month !== null) return monthShort().format(monthStart(month));
      return /^\d{4}$/.test(date) ? year().format(monthStart(Number(date) * 12)) : date;
    },
    list: (items, kind = 'and') => (kind === 'and' ? and() : or()).format(items),
    sequence: (items) => items.join(SEQUENCE_SEPARATOR[locale]),
    yearSpan: ([from, to]) => (from === to ? String(from) : `${from}${SPAN_SEPARATOR[locale]}${to}`),
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

/** The formats of the language an intl object (react-intl's, or intlFor's) speaks: always one of LOCALES. */
export const formatsOf = (intl: { readonly locale: string }): Formats => formatsFor(intl.locale as Locale);

/**
 * A message as a sentence: its first letter a capital. A message may open with a name in its prose form
 * ("the French State holds 15% of Renault"); scripts without case are unchanged.
 */
export function asSentence(text: string, locale: string): string {
  const [first = ''] = text;
  return first.toLocaleUpperCase(locale) + text.slice(first.length);
}
