// What changed in ownership between two years: stakes new, ended, changed or unchanged. Pure.
import type { IntlShape } from 'react-intl';
import type { Ownership } from '../../data/schema';
import { votingValue } from '../../data/stakeWords';
import { endedLabel, isPlanned, stakeLabel, stakeLabelInFull, stakesActiveIn, type IndexedStake } from './model';
import { groupBy } from '../../lib/groupBy';

export type ChangeKind = 'new' | 'ended' | 'changed' | 'unchanged';

/** One holder→held pair compared between two years; `before`/`after` are the records held then. */
export interface StakeChange {
  kind: ChangeKind;
  holder: string;
  held: string;
  before: IndexedStake | null;
  after: IndexedStake | null;
  /** The change in words, for names and tables: "43.4% → 15%", "15% non-voting → voting", "new: 15%", "ended 2021", "ended 2022 (year inferred)" or the unchanged label. */
  label: string;
  /**
   * The label drawn on the diagram's edge, `wide` or `narrow` (a phone's). Drawn, an inferred end is "ended c. 2022"
   * (the footnote says what "c." means): the words' "(year inferred)" crowded the labels (over boxes or labels,
   * over all compared pairs: 65 → 87). A plan is drawn without "(planned)": its short dashes say it (changeLabel).
   * Narrow, a voting change is said by where it went, "15% → voting".
   */
  drawn: { wide: string; narrow: string };
  /** For an ended stake, the first year its pair was no longer held (endOf); null otherwise. */
  endedIn: number | null;
  /** For an ended stake, whether no source gives that year (its last record's `toIsInferred`). */
  endIsInferred: boolean;
}

/** Two records name the same investment, or none. */
export const isSameInvestment = (a: Ownership, b: Ownership) => a.investment?.amount === b.investment?.amount && a.investment?.currency === b.investment?.currency;

/** The same stake in both years: the same record, or records saying the same thing, as planned or as reported. */
function isSame(a: Ownership, b: Ownership): boolean {
  return a === b || (a.percent === b.percent && a.voting === b.voting && isSameInvestment(a, b) && isPlanned(a) === isPlanned(b));
}

/** A voting right gained or lost from one record to the next; null where it is the same or either record does not say. */
export function votingChange(before: Ownership, after: Ownership): 'gained' | 'lost' | null {
  if (before.voting === null || after.voting === null || before.voting === after.voting) return null;
  return after.voting ? 'gained' : 'lost';
}

/** A stake's figure as a comparison words it: "67.13% (planned)" where the record is a plan, as the single year says. */
export function withBasis(stake: Ownership, figure: string, intl: IntlShape): string {
  return isPlanned(stake) ? intl.formatMessage({ id: 'ownership.change.planned' }, { stake: figure }) : figure;
}

/** How a change is written: in words (`full`, `prose`: a sentence) or drawn on an edge (`drawn`, `short`: a phone's). */
type LabelForm = 'full' | 'prose' | 'drawn' | 'short';
const isInWords = (form: LabelForm) => form === 'full' || form === 'prose';

/** A change's label in words and both drawn ones, from one rule that takes the form. */
const labelsOf = (write: (form: LabelForm) => string): Pick<StakeChange, 'label' | 'drawn'> => ({
  label: write('full'),
  drawn: { wide: write('drawn'), narrow: write('short') },
});

/** The figure alone ("67.13%"), or "size unstated" in `prose` (see changeLabel). */
function figureOf(stake: Ownership, intl: IntlShape, form: LabelForm): string {
  const isUnstated = form === 'prose' && stake.percent === null && !stake.investment;
  return isUnstated ? intl.formatMessage({ id: 'ownership.change.unstated' }) : stakeLabel(stake, intl);
}

/**
 * "43.4% → 15%"; a voting change is named: "15% non-voting → voting", or `short` (a phone's diagram), "15% → voting".
 * In `prose` (a sentence) a stake the source gives no size for is "size unstated": on a diagram's edge "stake →
 * 67.13%" reads as the stake it labels; in a sentence, as a word with no figure at all. In words (`full`, `prose`) a
 * planned figure says so, "stake → 67.13% (planned)", as the single year's words do: a plan is not a stake reached.
 * Drawn on an edge (`drawn`, `short`) it does not: its short dashes say it, as in the single year's diagram (written
 * there too, the French labels over boxes or labels went 153 → 169 and the arrowheads they hid 42 → 84).
 */
export function changeLabel(before: Ownership, after: Ownership, intl: IntlShape, form: LabelForm = 'full'): string {
  const [wasFigure, nowFigure] = [figureOf(before, intl, form), figureOf(after, intl, form)];
  // The same figure, planned then reported (or the other way): the change is in its basis.
  if (wasFigure === nowFigure && before.voting === after.voting && isSameInvestment(before, after) && isPlanned(before) !== isPlanned(after)) {
    return intl.formatMessage({ id: 'ownership.change.basis' }, { stake: nowFigure, before: isPlanned(before) ? 'planned' : 'reported' });
  }
  // The same percentage with another investment beside it: each side in full, or it would read as no change.
  const isInFull = wasFigure === nowFigure && !isSameInvestment(before, after);
  const side = (stake: Ownership, figure: string) => {
    const inFull = isInFull ? stakeLabelInFull(stake, intl) : figure;
    return isInWords(form) ? withBasis(stake, inFull, intl) : inFull;
  };
  const [was, now] = [side(before, wasFigure), side(after, nowFigure)];
  const amount = was === now ? was : intl.formatMessage({ id: 'ownership.change.amount' }, { before: was, after: now });
  if (votingChange(before, after) === null) return amount;
  const votes = { amount, before: votingValue(before.voting), after: votingValue(after.voting) };
  // "15% non-voting → voting" where nothing else changed; after a figure's own arrow, ", now voting".
  const votingOnly = form === 'short' ? 'ownership.change.votingOnly.short' : 'ownership.change.votingOnly';
  return intl.formatMessage({ id: amount === was ? votingOnly : 'ownership.change.votingNow' }, votes);
}

/** A holder and held company as one Map key (a separator no id can hold), and with a start year. */
const pairOf = (stake: Ownership) => `${stake.holder}\u0000${stake.held}`;
const startKey = (stake: Ownership, year: number | null) => `${pairOf(stake)}\u0000${year}`;

/**
 * When a holding ended: its record's `to`, or, where a later record of the same pair takes over that very year,
 * that record's, and so on (the Alliance's controlling stake in Alliance Rostec became the planned 67.13% in
 * 2014, which ended in 2022: the holding ended in 2022, not 2014).
 */
function endOf(byStart: ReadonlyMap<string, Ownership>, stake: Ownership): Ownership {
  const next = (s: Ownership) => byStart.get(startKey(s, s.to));
  let last = stake;
  // Each step starts where the last ended, so years only grow; the bound is for a malformed file's sake.
  for (let step = 0, later = next(last); later && step < byStart.size; step += 1, later = next(last)) last = later;
  return last;
}

/** Each pair's records by the year they start (the first, where a malformed file gives two): endOf's lookup. */
function recordsByStart(ownership: readonly Ownership[]): Map<string, Ownership> {
  const byStart = new Map<string, Ownership>();
  for (const o of ownership) {
    const key = startKey(o, o.from);
    if (!byStart.has(key)) byStart.set(key, o);
  }
  return byStart;
}

/**
 * Every stake held in `from` or `to` (from < to), paired by holder and held company, in dataset order of
 * the later record. A pair held in both years with a different figure or voting right is one change.
 */
export function ownershipChanges(ownership: readonly Ownership[], from: number, to: number, intl: IntlShape): StakeChange[] {
  const key = ({ stake }: IndexedStake) => pairOf(stake);
  const earlier = stakesActiveIn(ownership, from);
  const later = stakesActiveIn(ownership, to);
  // A record held in both years pairs with itself first, so that an earlier record of the same pair cannot
  // take its place and have it reported ended while it is still held.
  const indexesOf = (items: readonly IndexedStake[]) => new Set(items.map(({ index }) => index));
  const [heldThen, heldNow] = [indexesOf(earlier), indexesOf(later)];
  const unpaired = groupBy(earlier.filter((item) => !heldNow.has(item.index)), key);
  const changes = later.map((after): StakeChange => {
    const before = heldThen.has(after.index) ? after : (unpaired.get(key(after))?.shift() ?? null);
    const { holder, held } = after.stake;
    if (!before) {
      const labels = labelsOf((form) => {
        const figure = stakeLabel(after.stake, intl);
        return intl.formatMessage({ id: 'ownership.change.new' }, { stake: isInWords(form) ? withBasis(after.stake, figure, intl) : figure });
      });
      return { kind: 'new', holder, held, before, after, ...labels, endedIn: null, endIsInferred: false };
    }
    const same = isSame(before.stake, after.stake);
    const labels = labelsOf((form) => (same ? stakeLabel(after.stake, intl) : changeLabel(before.stake, after.stake, intl, form)));
    return { kind: same ? 'unchanged' : 'changed', holder, held, before, after, ...labels, endedIn: null, endIsInferred: false };
  });
  const ended = [...unpaired.values()].flat().sort((a, b) => a.index - b.index);
  const byStart = recordsByStart(ownership);
  return [
    ...changes,
    ...ended.map(({ stake, index }): StakeChange => {
      // `to` is the first year a record was no longer held; it is set for every stake that ended.
      const last = endOf(byStart, stake);
      const [endedIn, endIsInferred] = [last.to ?? to, last.toIsInferred === true];
      const labels = labelsOf((form) => endedLabel(endedIn, endIsInferred, isInWords(form) ? 'words' : 'drawn', intl));
      return { kind: 'ended', holder: stake.holder, held: stake.held, before: { stake, index }, after: null, ...labels, endedIn, endIsInferred };
    }),
  ];
}
