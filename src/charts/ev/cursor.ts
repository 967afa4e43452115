import type { IntlShape } from 'react-intl';
import { joinList } from '../../i18n/joinList';
import type { EvLine, EvWindow } from './model';
import { formatsOf } from '../../i18n/format';
import { qualifiedCount } from '../../data/countWords';
import { formatUnits } from './format';

/** One series' cumulative figure as of the cursor: its latest milestone up to then. */
export interface EvCursorValue {
  key: string;
  /** The series' full label ("Nissan Leaf"). */
  series: string;
  /** "Leaf 200,000", "Leaf almost 450,000": the series' short label and the milestone's exact figure as its source words it. */
  text: string;
  units: number;
  /** "almost 450,000": the figure as its source words it. */
  count: string;
  /** The month of the milestone the figure comes from. */
  fromMonth: number;
  /** "Nissan Leaf: 200,000 by Dec 2015", for the accessible name. */
  description: string;
}

/** Where the EV chart's cursor rule stands (a month index) and what it reads on each line. */
export interface EvCursor {
  year: number;
  /** Null where the cursor's year is off the chart and only the year it is compared with is on it: no rule, no readings. */
  month: number | null;
  values: EvCursorValue[];
  /** The reading at the year the cursor's is compared with (drawn as a second rule), or null. */
  compared: EvCursor | null;
}

/**
 * The rule for cursor year `at`: at December of `at` (or the window's last month, if the data ends sooner),
 * reading each line's latest milestone up to then. A line whose last milestone is before `at` gets no value:
 * the sources say nothing about it that year, so nothing is extrapolated. With a compare year `vs`, the same
 * reading at `vs` as `compared` (null where `vs` is outside the window). When `at` is outside the window, the
 * compared year's reading alone (`month` null: no rule of its own) — as the sales chart frames the compared year
 * when the cursor's is past its last — and null when neither year is inside it.
 */
export function evCursor(lines: readonly EvLine[], months: EvWindow | null, at: number, intl: IntlShape, vs: number | null = null): EvCursor | null {
  const f = formatsOf(intl);
  if (!months) return null;
  const compared = vs === null ? null : evCursor(lines, months, vs, intl);
  if (at * 12 > months.end || at * 12 + 11 < months.start) return compared && { year: at, month: null, values: [], compared };
  const month = Math.min(at * 12 + 11, months.end);
  const values = lines.flatMap((line): EvCursorValue[] => {
    const last = line.points[line.points.length - 1];
    const reportsUntil = line.continuesPast ? Infinity : (last?.month ?? -Infinity);
    if (reportsUntil < at * 12) return [];
    const reached = line.points.filter((p) => p.month <= month).at(-1);
    const units = reached?.units ?? line.carriedIn;
    const fromMonth = reached?.month ?? line.outsideMonths.before;
    if (units === null || fromMonth === null) return [];
    const count = qualifiedCount(formatUnits(units, intl), reached ? reached.qualifier : line.carriedInQualifier, intl);
    return [{
      key: line.key,
      series: line.label,
      text: `${line.shortLabel} ${count}`,
      units,
      count,
      fromMonth,
      description: intl.formatMessage({ id: 'ev.cursor.value' }, { series: line.label, units: count, month: f.monthShort(fromMonth) }),
    }];
  });
  return { year: at, month, values, compared };
}

/** How many of the cursor's readings the summary names: the largest, so the sentence stays a sentence. */
export const SUMMARY_VALUES = 3;

/**
 * The cursor's reading as a sentence for the card's summary: "As of 2016, the latest figures: Alliance
 * 350,000 (Aug 2016); …", the largest three with the month each figure is from. Empty when the cursor stands at
 * the window's end (the summary already tells the end) or reads nothing. Where only the compared year is on the
 * chart, which year its dashed rule marks: the rule is drawn for the eye alone. (Two years compared: ./compare.ts.)
 */
export function evCursorSummary(cursor: EvCursor | null, months: EvWindow | null, intl: IntlShape): string {
  if (cursor?.month === null && cursor.compared) return intl.formatMessage({ id: 'ev.summary.comparedOnly' }, { year: cursor.compared.year, at: cursor.year });
  if (!cursor || !months || cursor.month === null || cursor.month >= months.end || cursor.values.length === 0) return '';
  const f = formatsOf(intl);
  const largest = [...cursor.values].sort((a, b) => b.units - a.units).slice(0, SUMMARY_VALUES);
  // Figures hold commas ("350,000"): joined as the app joins such items, "a; b".
  const values = joinList(largest.map((v) => intl.formatMessage({ id: 'ev.summary.cursorValue' }, { series: v.series, units: v.count, month: f.monthShort(v.fromMonth) })), intl);
  return intl.formatMessage({ id: 'ev.summary.cursor' }, { year: cursor.year, values });
}
