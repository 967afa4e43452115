import type { IntlShape } from 'react-intl';
import { isoMonth, type Formats, formatsOf } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/** "2017-10" → months since year 0 (2017 × 12 + 9); a year-only "2021" is placed mid-year, at July. */
export function monthIndex(date: string): number {
  return isoMonth(date) ?? Number(date.slice(0, 4)) * 12 + 6;
}

/**
 * Units in prose, in the unit each language words large counts in, where the count is a whole number of them:
 * English from a million up, in hundred-thousands ("1 million", "2.5 million"); Japanese in 万 (ten thousand:
 * "35万" beside "150万", not "350,000"). The rest exact ("273,550"). French keeps the digits ("1 000 000"):
 * « 1 million » would need « de » before its noun.
 */
const WORDED: Record<Locale, { from: number; step: number } | null> = {
  en: { from: 1_000_000, step: 100_000 },
  fr: null,
  ja: { from: 10_000, step: 10_000 },
};
export function formatUnits(units: number, intl: IntlShape): string {
  // intl speaks one of LOCALES (formatsOf reads it the same way).
  const worded = WORDED[intl.locale as Locale];
  const inWords = worded !== null && units >= worded.from && units % worded.step === 0;
  return inWords ? intl.formatNumber(units, { notation: 'compact', compactDisplay: 'long' }) : formatsOf(intl).exact(units);
}

/** Axis ticks: "0", "50K", "1.5M" · "50 k", "1,5 M" · "5万", "150万". */
export function formatTick(units: number, f: Formats): string {
  // Stryker disable next-line ConditionalExpression: compact(0) is "0" too in every language; exact says what the axis means
  return units === 0 ? f.exact(0) : f.compact(units);
}

