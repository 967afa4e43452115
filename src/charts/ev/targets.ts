import type { Dataset, EvMilestone } from '../../data/schema';
import type { EvWindow } from './model';
import type { IntlShape } from 'react-intl';
import { qualifiedCount } from '../../data/countWords';
import { formatUnits, monthIndex } from './format';
import { formatsOf } from '../../i18n/format';

/** A reported level of the target's series, for the outcome: units and the month reported. */
export interface EvReported {
  units: number;
  /** How the source bounds the count ("more than" …), null where it states it. */
  qualifier: EvMilestone['qualifier'] | null;
  month: number;
}

/**
 * Whether the series reached the target by its year's end. `missed` needs proof, not silence: a
 * milestone after the deadline that is still below the target (cumulative sales never fall, so the count
 * was lower at the deadline), stated exactly or as "almost" (below it); a "more than" or "about" figure
 * proves nothing and is not used.
 */
export type EvTargetStatus = 'met' | 'missed' | 'unknown';

/** One cumulative EV-sales target, drawn as a hollow diamond at its amount at the end of its year. */
export interface EvTarget {
  key: string;
  /** Position of the record in dataset.targets, for the source panel. */
  index: number;
  year: number;
  /** December of the target's year: "by 2020", "as early as 2016". */
  month: number;
  amount: number;
  label: string;
  seriesId: string;
  seriesLabel: string;
  setIn: number | null;
  revisedIn: number | null;
  status: EvTargetStatus;
  /** The last level reported by the deadline, and the first one after it (what shows it was missed). */
  before: EvReported | null;
  after: EvReported | null;
  source: string;
  quote: string | null;
  note: string | null;
}

const endOfYear = (year: number) => year * 12 + 11;

function outcome(amount: number, deadline: number, milestones: readonly EvMilestone[]) {
  const dated = milestones.map((m) => ({ m, month: monthIndex(m.date) }));
  const upTo = dated.filter((d) => d.month <= deadline).sort((a, b) => a.month - b.month || a.m.units - b.m.units);
  const past = dated.filter((d) => d.month > deadline).sort((a, b) => a.month - b.month || a.m.units - b.m.units);
  const last = upTo.at(-1);
  const proofOfMiss = past.find((d) => d.m.units < amount && (d.m.qualifier === undefined || d.m.qualifier === 'almost'));
  const status: EvTargetStatus = upTo.some((d) => d.m.units >= amount) ? 'met' : proofOfMiss ? 'missed' : 'unknown';
  const firstPast = status === 'missed' ? proofOfMiss : past[0];
  return {
    status,
    before: last ? { units: last.m.units, qualifier: last.m.qualifier ?? null, month: last.month } : null,
    after: firstPast ? { units: firstPast.m.units, qualifier: firstPast.m.qualifier ?? null, month: firstPast.month } : null,
  };
}

/** The EV-sales targets whose year ends inside the window, with what their series reported by then. */
export function evTargets(dataset: Dataset, months: EvWindow | null): EvTarget[] {
  if (!months) return [];
  const series = new Map(dataset.evSeries.map((s) => [s.id, s]));
  return dataset.targets.flatMap((t, index): EvTarget[] => {
    // Stryker disable next-line ConditionalExpression: get(undefined) is undefined too; the check is for the type
    const line = t.series === undefined ? undefined : series.get(t.series);
    const month = endOfYear(t.year);
    if (t.measure !== 'ev-sales' || !line || month < months.start || month > months.end) return [];
    const milestones = dataset.evMilestones.filter((m) => m.series === line.id && m.measure === 'sales');
    return [{
      key: `target-${index}`, index, year: t.year, month, amount: t.amount, label: t.label,
      seriesId: line.id, seriesLabel: line.label, setIn: t.setIn ?? null, revisedIn: t.revisedIn ?? null,
      ...outcome(t.amount, month, milestones),
      source: t.source, quote: t.quote ?? null, note: t.note ?? null,
    }];
  });
}

/** The outcome in the language of `intl`: "800,000 reported by December 2019; 1 million in December 2021" (empty if nothing was reported). */
export function targetOutcomeText(target: EvTarget, intl: IntlShape): string {
  const { before, after } = target;
  if (!before && !after) return '';
  const monthLong = formatsOf(intl).monthLong;
  return intl.formatMessage({ id: 'ev.target.outcome' }, {
    shown: before && after ? 'both' : before ? 'before' : 'after',
    // Stryker disable next-line StringLiteral: a side not reported is never shown (`shown` leaves it out), so its placeholder's text is never read
    beforeUnits: before ? qualifiedCount(formatUnits(before.units, intl), before.qualifier, intl) : '', beforeMonth: before ? monthLong(before.month) : '',
    // Stryker disable next-line StringLiteral: as above, for the side after the deadline
    afterUnits: after ? qualifiedCount(formatUnits(after.units, intl), after.qualifier, intl) : '', afterMonth: after ? monthLong(after.month) : '',
  });
}

/** The verdict and its outcome: "Missed: 800,000 reported by December 2019; …", for the tooltip and the table. */
export function targetVerdictText(target: EvTarget, intl: IntlShape): string {
  const outcome = targetOutcomeText(target, intl);
  return intl.formatMessage(
    { id: 'ev.target.verdict' },
    { status: target.status, hasOutcome: outcome ? 'yes' : 'no', outcome, b: (chunks: string[]) => chunks.join('') },
  );
}

/** "Target: 1.5 million EVs by 2020 (revised in 2013), 1.5 million. Missed: 800,000 reported by …": what a diamond says to a screen reader. */
export function targetName(target: EvTarget, intl: IntlShape): string {
  const outcome = targetOutcomeText(target, intl);
  return intl.formatMessage(
    { id: 'ev.target.name' },
    { label: target.label, units: formatUnits(target.amount, intl), status: target.status, hasOutcome: outcome ? 'yes' : 'no', outcome },
  );
}

/**
 * "2016 target: 1.5 million, missed" ("2016: missed" on a narrow chart, beside a diamond the legend calls a target): the short label. It names the year the target is
 * for, not "by": the first one was "as early as 2016"; the tooltip and table give each target's own words.
 */
export function targetMarkLabel(target: EvTarget, isCompact: boolean, intl: IntlShape): string {
  const values = { year: String(target.year), status: target.status };
  return isCompact
    ? intl.formatMessage({ id: 'ev.target.markCompact' }, values)
    : intl.formatMessage({ id: 'ev.target.mark' }, { ...values, units: formatUnits(target.amount, intl) });
}

/** The summary's sentence on the targets drawn: "Targets: 1.5 million EVs as early as 2016 (first target), missed (350,000 reported by …); …". */
export function evTargetSummary(targets: readonly EvTarget[], intl: IntlShape): string {
  if (targets.length === 0) return '';
  const each = targets.map((t) => {
    const outcome = targetOutcomeText(t, intl);
    return intl.formatMessage({ id: 'ev.target.summaryItem' }, { label: t.label, status: t.status, hasOutcome: outcome ? 'yes' : 'no', outcome });
  });
  const items = each.reduce((first, rest) => intl.formatMessage({ id: 'ev.target.summaryJoin' }, { first, rest }));
  return intl.formatMessage({ id: 'ev.target.summary' }, { count: targets.length, items });
}
