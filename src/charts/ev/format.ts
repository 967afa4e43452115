import type { IntlShape } from 'react-intl';
import { isoMonth, type Formats, formatsOf } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/** "2017-10" → months since year 0 (2017 × 12 + 9); a year-only "2021" is placed mid-year, at July. */
export function monthIndex(date: string): number {
  return isoMonth(date) ?? Number(date.slice(0, 4)) * 12 + 6;
}

/**
 * Units in prose, in the unit each language words large counts in. English from a million up, where the count
 * is a whole number of hundred-thousands ("1 million", "2.5 million"), the rest exact ("273,550"). Japanese counts
 * in 万 (ten thousand) from there up, the rest after it as a Japanese text writes it: "35万" beside "150万", and
 * "27万3,550" (not "273,550" beside "35万"). French keeps the digits ("1 000 000"): « 1 million » would need « de »
 * before its noun.
 */
const WORDED: Record<Locale, { from: number; step: number; write: (units: number, intl: IntlShape) => string } | null> = {
  en: { from: 1_000_000, step: 100_000, write: (units, intl) => intl.formatNumber(units, { notation: 'compact', compactDisplay: 'long' }) },
  fr: null,
  ja: { from: 10_000, step: 1, write: inMan },
};

/**
 * A Japanese count from 万 up: "35万", "27万3,550", "150万", "1,076万"; from 億 (10⁸), "1億2,000万"; from 兆 (10¹²),
 * "1兆". Each part is grouped as the sales chart's compact figures are ("1,076万台"): one page, one way to write a count.
 */
function inMan(units: number, intl: IntlShape): string {
  const parts = [[Math.floor(units / 1e12), '兆'], [Math.floor(units / 1e8) % 1e4, '億'], [Math.floor(units / 1e4) % 1e4, '万'], [units % 1e4, '']] as const;
  return parts.map(([count, unit]) => (count === 0 ? '' : `${intl.formatNumber(count)}${unit}`)).join('');
}
export function formatUnits(units: number, intl: IntlShape): string {
  // intl speaks one of LOCALES (formatsOf reads it the same way).
  const worded = WORDED[intl.locale as Locale];
  const inWords = worded !== null && Number.isInteger(units) && units >= worded.from && units % worded.step === 0;
  return inWords ? worded.write(units, intl) : formatsOf(intl).exact(units);
}

/** Axis ticks: "0", "50K", "1.5M" · "50 k", "1,5 M" · "5万", "150万". */
export function formatTick(units: number, f: Formats): string {
  // Stryker disable next-line ConditionalExpression: compact(0) is "0" too in every language; exact says what the axis means
  return units === 0 ? f.exact(0) : f.compact(units);
}

