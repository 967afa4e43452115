// Words for the ownership view: summary, tooltips, aria labels, table. Pure functions of the dataset.
import type { IntlShape } from 'react-intl';
import { indexById } from '../../data/indexById';
import { groupBy } from '../../lib/groupBy';
import { sourceTitle } from '../../data/sourceIndex';
import { asSentence, formatsOf } from '../../i18n/format';
import { heldYears } from '../../data/heldYears';
import { withoutTrailingParenthesis } from '../../data/parenthetical';
import { isSpace } from '../../data/isSpace';
import type { Brand, Dataset, Ownership } from '../../data/schema';
import { changeLabel, isSameInvestment, ownershipChanges, votingChange, type StakeChange } from './compare';
import { formatInvestment, isPlanned, isStakeActive, stakesActiveIn, type IndexedStake } from './model';
import { percentWords, votingValue } from '../../data/stakeWords';

/** A company's name without its parenthesis ("Renault Korea Motor"), as a label: a box, a table cell; the id if unknown. */
export function companyName(dataset: Dataset, id: string): string {
  return withoutTrailingParenthesis(indexById(dataset.companies).get(id)?.name ?? id);
}

/** A company's name in running text, with the article it takes there ("the French State"), without its parenthesis. */
export function companyInProse(dataset: Dataset, id: string): string {
  const company = indexById(dataset.companies).get(id);
  return withoutTrailingParenthesis(company?.proseName ?? company?.name ?? id);
}


const percentOf = (stake: Ownership, intl: IntlShape) => (stake.percent === null ? '' : percentWords(stake.percent, intl));

/** "67.13% by 2014, not reported as reached": a stake the source gives only as a deal's aim. */
function plannedWords(stake: Ownership, intl: IntlShape): string {
  return intl.formatMessage({ id: 'ownership.plan' }, { hasPercent: stake.percent === null ? 'no' : 'yes', percent: percentOf(stake, intl), year: stake.from });
}

/** "Renault holds 43.4% of Nissan (voting)": the accessible name of an edge, in the language of `intl`. */
export function edgeAriaLabel(dataset: Dataset, stake: Ownership, intl: IntlShape): string {
  const holder = companyInProse(dataset, stake.holder);
  const held = companyInProse(dataset, stake.held);
  if (stake.percent === null && stake.investment) {
    return asSentence(intl.formatMessage({ id: 'ownership.edge.invested' }, { holder, held, amount: formatInvestment(stake.investment, intl) }), intl.locale);
  }
  return asSentence(intl.formatMessage({ id: 'ownership.edge.holds' }, {
    holder,
    held,
    hasPercent: stake.percent === null ? 'no' : 'yes',
    percent: percentOf(stake, intl),
    voting: votingValue(stake.voting),
    planned: isPlanned(stake) ? 'yes' : 'no',
    plan: isPlanned(stake) ? plannedWords(stake, intl) : '',
  }), intl.locale);
}

/** What may start the sentence after a full stop: a capital in any script (“É”), an opening quote or parenthesis. */
const opensSentence = (char: string) => /[\p{Lu}“"(«]/u.test(char);

/**
 * A note's first sentence, for a tooltip: up to the first ".", "!" or "?" followed by spaces and what opens a
 * sentence, or up to the first Japanese "。", "！" or "？"; the whole note where there is none. One pass, so a
 * hostile note of any length costs its length.
 */
export function firstSentence(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '。' || char === '！' || char === '？') return text.slice(0, i + 1);
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let next = i + 1;
    while (next < text.length && isSpace(text[next]!)) next += 1;
    if (next > i + 1 && next < text.length && opensSentence(text[next]!)) return text.slice(0, i + 1);
    // Spaces then something else: the scan goes on from there, so no character is looked at twice over.
    i = Math.max(i, next - 1);
  }
  return text;
}

export interface DetailItem {
  text: string;
  note: string | null;
}

/** What a tooltip shows: a title, a line under it, sections of items, and the sources it draws on. */
export interface MarkDetails {
  title: string;
  subtitle: string;
  sections: { heading: string; items: DetailItem[] }[];
  sources: string[];
}

function citedSourceTitles(dataset: Dataset, stakes: readonly Ownership[]) {
  const sources = indexById(dataset.sources);
  return [...new Set(stakes.map((s) => s.source))].map((id) => sourceTitle(sources, id));
}

function stakeText(dataset: Dataset, stake: Ownership, side: 'out' | 'in', intl: IntlShape): string {
  const what = stake.percent !== null ? 'percent' : stake.investment ? 'invested' : 'none';
  return intl.formatMessage({ id: side === 'in' ? 'ownership.item.in' : 'ownership.item.out' }, {
    // "15% of the French State" runs on from the name's box; "French State: 15%" heads its line, a label.
    other: side === 'out' ? companyInProse(dataset, stake.held) : companyName(dataset, stake.holder),
    what,
    percent: percentOf(stake, intl),
    amount: stake.investment ? formatInvestment(stake.investment, intl) : '',
    voting: votingValue(stake.voting),
    planned: isPlanned(stake) ? 'yes' : 'no',
    years: heldYears(stake, intl),
  });
}

/** Tooltip for a company: the stakes it holds and is held by in `year`, and those that ended that year. */
export function nodeDetails(dataset: Dataset, year: number, id: string, intl: IntlShape): MarkDetails {
  const company = indexById(dataset.companies).get(id);
  const active = stakesActiveIn(dataset.ownership, year).map((s) => s.stake);
  const ended = dataset.ownership.filter((s) => s.to === year && (s.holder === id || s.held === id));
  // The note is the dataset's own words, kept as written.
  const item = (stake: Ownership, side: 'out' | 'in'): DetailItem => ({
    text: stakeText(dataset, stake, side, intl),
    note: stake.note ? firstSentence(stake.note) : null,
  });
  const sections = [
    { heading: intl.formatMessage({ id: 'ownership.tooltip.holds' }), items: active.filter((s) => s.holder === id).map((s) => item(s, 'out')) },
    { heading: intl.formatMessage({ id: 'ownership.tooltip.heldBy' }), items: active.filter((s) => s.held === id).map((s) => item(s, 'in')) },
    { heading: intl.formatMessage({ id: 'ownership.tooltip.ended' }, { year }), items: ended.map((s) => item(s, s.holder === id ? 'out' : 'in')) },
  ].filter((section) => section.items.length > 0);
  const used = [...active.filter((s) => s.holder === id || s.held === id), ...ended];
  return {
    title: company?.name ?? id,
    subtitle: intl.formatMessage({ id: 'ownership.tooltip.kind' }, { kind: company?.kind ?? 'unknown', year }),
    sections,
    sources: citedSourceTitles(dataset, used),
  };
}

/** Tooltip for one stake: what it is, the years, the quote (verbatim, never translated) and note from the source. */
export function edgeDetails(dataset: Dataset, stake: Ownership, intl: IntlShape): MarkDetails {
  const kind = isPlanned(stake) ? 'planned' : stake.percent === null ? 'noFigure' : stake.voting === false ? 'nonVoting' : stake.voting ? 'voting' : 'unknown';
  const items: DetailItem[] = [
    ...(stake.quote ? [{ text: `“${stake.quote}”`, note: null }] : []),
    ...(stake.note ? [{ text: stake.note, note: null }] : []),
  ];
  return {
    title: edgeAriaLabel(dataset, stake, intl),
    subtitle: intl.formatMessage({ id: 'ownership.tooltip.edgeKind' }, { kind, plan: isPlanned(stake) ? plannedWords(stake, intl) : '', years: heldYears(stake, intl) }),
    sections: items.length ? [{ heading: '', items }] : [],
    sources: citedSourceTitles(dataset, [stake]),
  };
}

/** The accessible name of a company's box: its name and stakes in and out in `year`. */
export function nodeAriaLabel(dataset: Dataset, year: number, id: string, intl: IntlShape): string {
  const details = nodeDetails(dataset, year, id, intl);
  const parts = details.sections.map((s) => intl.formatMessage({ id: 'ownership.node.section' }, { heading: s.heading, items: joinClauses(s.items.map((i) => i.text), intl) }));
  return [companyName(dataset, id), ...parts].reduce((first, second) => intl.formatMessage({ id: 'ownership.node.join' }, { first, second }));
}

const MEMBER_ORDER = (dataset: Dataset) => dataset.companies.filter((c) => c.kind === 'member').map((c) => c.id);

/** Independent clauses joined as the language joins them: "A; B" · "A ; B" · "A、B". */
const joinClauses = (clauses: readonly string[], intl: IntlShape) =>
  clauses.reduce((first, second) => intl.formatMessage({ id: 'ownership.summary.clauseJoin' }, { first, second }));

/** "43.4% of Nissan", "a stake in X", "15% of Renault without votes", in the language of `intl`. */
function partOf(stake: Ownership, held: string, intl: IntlShape): string {
  return intl.formatMessage({ id: 'ownership.part' }, {
    hasPercent: stake.percent === null ? 'no' : 'yes',
    percent: percentOf(stake, intl),
    held,
    voting: stake.voting === false ? 'no' : 'yes',
  });
}

/**
 * Members whose stakes in other members the summary names; it counts the rest. A valid file of 6,000 members made
 * a 516 KB sentence, built in time quadratic in them (1.3 s of each year change); the table lists every stake.
 */
const MOST_MEMBER_CLAUSES = 6;

function memberSentence(dataset: Dataset, year: number, active: readonly IndexedStake[], intl: IntlShape): string {
  const order = MEMBER_ORDER(dataset);
  const members = new Set(order);
  const f = formatsOf(intl);
  const byHolder = groupBy(active.filter(({ stake }) => members.has(stake.held) && stake.held !== stake.holder), ({ stake }) => stake.holder);
  const holders = order.filter((holder) => byHolder.has(holder));
  const clauses = holders.slice(0, MOST_MEMBER_CLAUSES).map((holder) => {
    const parts = byHolder.get(holder)!.map(({ stake }) => partOf(stake, companyInProse(dataset, stake.held), intl));
    return intl.formatMessage({ id: 'ownership.summary.memberClause' }, { holder: companyInProse(dataset, holder), parts: f.list(parts) });
  });
  const others = holders.length - clauses.length;
  if (others > 0) clauses.push(intl.formatMessage({ id: 'ownership.summary.otherMembers' }, { count: others }));
  return clauses.length
    ? intl.formatMessage({ id: 'ownership.summary.members' }, { year, clauses: joinClauses(clauses, intl) })
    : intl.formatMessage({ id: 'ownership.summary.noMembers' }, { year });
}

/** The arguments every "{holder}'s {percent} of {held}" phrase takes. */
function stakeValues(stake: Ownership, name: (id: string) => string, intl: IntlShape) {
  return {
    holder: name(stake.holder),
    held: name(stake.held),
    hasPercent: stake.percent === null ? 'no' : 'yes',
    percent: percentOf(stake, intl),
  };
}

/** "Nissan and Dongfeng Motor Company’s stakes in X are first recorded": one phrase per company held. */
function recordedPhrases(stakes: readonly Ownership[], name: (id: string) => string, intl: IntlShape): string[] {
  const held = [...new Set(stakes.map((s) => s.held))];
  return held.map((id) => {
    const group = stakes.filter((s) => s.held === id);
    const [only] = group;
    if (group.length === 1 && only) return intl.formatMessage({ id: 'ownership.phrase.recorded' }, stakeValues(only, name, intl));
    const holders = formatsOf(intl).list(group.map((s) => name(s.holder)));
    return intl.formatMessage({ id: 'ownership.phrase.recordedGroup' }, { holders, held: name(id) });
  });
}

/**
 * The figure the sentence reporting a change (the new stake's quote) gives for before, where the old stake was
 * stated twice and that sentence is one of the two: "reduced its 43.3% voting stake in Nissan to 15%", while the
 * stake is drawn at the 43.4% stated twice elsewhere. Undefined otherwise: the change starts from the figure drawn.
 */
function statedBefore(was: Ownership, now: Ownership): number | undefined {
  return was.alsoStated !== undefined && now.quote !== undefined && was.alsoStated.quote === now.quote ? was.alsoStated.percent : undefined;
}

/**
 * A stake held in both years with another figure, in prose: its percentage, one it reached, its votes, or else
 * the compare label (an investment, a planned figure reported); null where only a voting right one record does not state differs.
 */
function changedPhrase({ before, after, holder, held }: StakeChange, name: (id: string) => string, intl: IntlShape): string | null {
  const [was, now] = [before!.stake, after!.stake];
  const votes = votingChange(was, now) ?? 'same';
  const values = { holder: name(holder), held: name(held), votes };
  if (was.percent !== now.percent && was.percent !== null && now.percent !== null) {
    return intl.formatMessage({ id: 'ownership.phrase.percentChanged' }, { ...values, before: percentWords(statedBefore(was, now) ?? was.percent, intl), after: percentWords(now.percent, intl) });
  }
  if (was.percent === null && now.percent !== null) {
    return intl.formatMessage({ id: 'ownership.phrase.reached' }, { ...values, planned: isPlanned(now) ? 'yes' : 'no', after: percentWords(now.percent, intl) });
  }
  // A figure no longer given (the French State's 15%, then "an additional €1.23 billion of shares"): changed too.
  if ((was.percent !== null && now.percent === null) || !isSameInvestment(was, now) || isPlanned(was) !== isPlanned(now)) {
    return intl.formatMessage({ id: 'ownership.phrase.changed' }, { holder: values.holder, held: values.held, change: changeLabel(was, now, intl, 'prose') });
  }
  return votes === 'same' ? null : intl.formatMessage({ id: 'ownership.phrase.votes' }, { ...values, part: partOf({ ...now, voting: null }, name(now.held), intl) });
}

/** What changed in `year`, from the year before: the same pairing and the same test of "changed" as a comparison of two years (compare.ts). */
function changeSentence(dataset: Dataset, year: number, intl: IntlShape): string {
  const name = (id: string) => companyInProse(dataset, id);
  const changes = ownershipChanges(dataset.ownership, year - 1, year, intl);
  const changed = changes.filter((c) => c.kind === 'changed').flatMap((c) => changedPhrase(c, name, intl) ?? []);
  const fresh = changes.flatMap((c) => (c.kind === 'new' && c.after ? [c.after.stake] : []));
  const gone = changes.flatMap((c) => (c.kind === 'ended' && c.before ? [c.before.stake] : []));
  // A stake whose start is only the first year a source mentions it was not "taken" that year.
  const taken = fresh.filter((s) => !s.fromIsFirstRecord);
  const recorded = fresh.filter((s) => s.fromIsFirstRecord);
  const freshText = [
    ...(taken.length > 2
      ? [intl.formatMessage({ id: 'ownership.phrase.manyNew' }, { count: taken.length })]
      : taken.map((s) => intl.formatMessage({ id: 'ownership.phrase.took' }, { holder: name(s.holder), part: partOf({ ...s, voting: null }, name(s.held), intl) }))),
    ...(recorded.length > 2 ? [intl.formatMessage({ id: 'ownership.phrase.manyRecorded' }, { count: recorded.length })] : recordedPhrases(recorded, name, intl)),
  ];
  const goneText =
    gone.length > 2
      ? [intl.formatMessage({ id: 'ownership.phrase.manyEnded' }, { count: gone.length })]
      : gone.map((s) => intl.formatMessage({ id: 'ownership.phrase.ended' }, { ...stakeValues(s, name, intl), inferred: s.toIsInferred ? 'yes' : 'no' }));
  const isFounding = year === Math.min(...dataset.ownership.map((s) => s.from));
  const phrases = isFounding ? [intl.formatMessage({ id: 'ownership.phrase.began' })] : [...changed, ...freshText, ...goneText];
  if (phrases.length > 0) return intl.formatMessage({ id: 'ownership.summary.changes' }, { phrases: formatsOf(intl).list(phrases) });
  const last = Math.max(...dataset.ownership.flatMap((s) => [s.from, ...(s.to === null ? [] : [s.to])]).filter((y) => y < year));
  return Number.isFinite(last) ? intl.formatMessage({ id: 'ownership.summary.unchangedSince' }, { year: last }) : '';
}

/** One or two sentences for `year`, in the language of `intl`: the members' stakes in each other, then what changed that year. */
export function ownershipSummary(dataset: Dataset, year: number, intl: IntlShape): string {
  const active = stakesActiveIn(dataset.ownership, year);
  if (active.length === 0) return intl.formatMessage({ id: 'ownership.summary.none' }, { year });
  const members = memberSentence(dataset, year, active, intl);
  const changes = changeSentence(dataset, year, intl);
  return changes ? intl.formatMessage({ id: 'ownership.summary.both' }, { members, changes }) : members;
}

/** The sentence shown instead of the diagram, or null when there is something to draw. */
export function ownershipEmptyMessage(dataset: Dataset, year: number, brands: readonly Brand[], intl: IntlShape): string | null {
  if (brands.length === 0) return intl.formatMessage({ id: 'ownership.empty.noBrand' });
  if (dataset.ownership.length === 0) return intl.formatMessage({ id: 'ownership.empty.noStakes' });
  if (dataset.ownership.some((s) => isStakeActive(s, year))) return null;
  const first = Math.min(...dataset.ownership.map((s) => s.from));
  if (year < first) return intl.formatMessage({ id: 'ownership.empty.beforeAlliance' }, { first, year });
  return intl.formatMessage({ id: 'ownership.summary.none' }, { year });
}
