import type { IntlShape } from 'react-intl';
import { isoMonth, type Formats, formatsOf } from '../../i18n/format';

/** "2017-10" → months since year 0 (2017 × 12 + 9); a year-only "2021" is placed mid-year, at July. */
export function monthIndex(date: string): number {
  return isoMonth(date) ?? Number(date.slice(0, 4)) * 12 + 6;
}

/**
 * Units in prose, as each language words large counts. English from a million up, where the count is a whole
 * number of hundred-thousands ("1 million", "2.5 million"), the rest exact ("273,550"). Japanese counts in 万 from
 * 10,000 up, every digit kept: "35万" beside "150万", and "27万3,550" (not "273,550" beside "35万"), as every count
 * in its sentences is (`exactInText`). French keeps the digits ("1 000 000"): « 1 million » would need « de » before its noun.
 */
export function formatUnits(units: number, intl: IntlShape): string {
  const inEnglishWords = intl.locale === 'en' && Number.isInteger(units) && units >= 1_000_000 && units % 100_000 === 0;
  return inEnglishWords ? intl.formatNumber(units, { notation: 'compact', compactDisplay: 'long' }) : formatsOf(intl).exactInText(units);
}

/** Axis ticks: "0", "50K", "1.5M" · "50 k", "1,5 M" · "5万", "150万". */
export function formatTick(units: number, f: Formats): string {
  // Stryker disable next-line ConditionalExpression: compact(0) is "0" too in every language; exact says what the axis means
  return units === 0 ? f.exact(0) : f.compact(units);
}

