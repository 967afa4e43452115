import type { IntlShape } from 'react-intl';
import { isoMonth, type Formats, formatsOf } from '../../i18n/format';

/** "2017-10" → months since year 0 (2017 × 12 + 9); a year-only "2021" is placed mid-year, at July. */
export function monthIndex(date: string): number {
  return isoMonth(date) ?? Number(date.slice(0, 4)) * 12 + 6;
}

/**
 * Units in prose: whole hundred-thousands from a million up in words ("1 million", "2.5 million"; Japanese "100万"),
 * the rest exact ("273,550"). French keeps the digits ("1 000 000"): « 1 million » would need « de » before its noun.
 */
export function formatUnits(units: number, intl: IntlShape): string {
  const isRound = units >= 1_000_000 && units % 100_000 === 0;
  return isRound && intl.locale !== 'fr' ? intl.formatNumber(units, { notation: 'compact', compactDisplay: 'long' }) : formatsOf(intl).exact(units);
}

/** Axis ticks: "0", "50K", "1.5M" · "50 k", "1,5 M" · "5万", "150万". */
export function formatTick(units: number, f: Formats): string {
  // Stryker disable next-line ConditionalExpression: compact(0) is "0" too in every language; exact says what the axis means
  return units === 0 ? f.exact(0) : f.compact(units);
}

