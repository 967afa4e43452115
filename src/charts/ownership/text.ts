// Words for the ownership view: summary, tooltips, aria labels, table. Pure functions of the dataset.
import type { ChartTable } from '../../components/chartTypes';
import { listOf } from '../../components/format';
import { heldYears } from '../../data/heldYears';
import { withoutTrailingParenthesis } from '../../data/parenthetical';
import type { Brand, Dataset, Ownership } from '../../data/schema';
import { formatInvestment, isStakeActive, stakesActiveIn, type IndexedStake } from './model';

/** A company's name without its parenthesis ("Renault Korea Motor"); the id if unknown. */
export function companyName(dataset: Dataset, id: string): string {
  const name = dataset.companies.find((c) => c.id === id)?.name ?? id;
  return withoutTrailingParenthesis(name);
}


/** "voting", "non-voting" or "voting rights not stated". */
export function votingWord(voting: boolean | null): string {
  return voting === null ? 'voting rights not stated' : voting ? 'voting' : 'non-voting';
}

/** What is held, before the held company's name: "43.4% of", "a stake in". */
function amountOf(stake: Ownership): string {
  return stake.percent !== null ? `${stake.percent}% of` : 'a stake in';
}

/** "Renault holds 43.4% of Nissan (voting)": the accessible name of an edge. */
export function edgeAriaLabel(dataset: Dataset, stake: Ownership): string {
  const holder = companyName(dataset, stake.holder);
  const held = companyName(dataset, stake.held);
  if (stake.percent === null && stake.investment) {
    return `${holder} invested ${formatInvestment(stake.investment)} in ${held} (no percentage given)`;
  }
  const figure = stake.percent === null ? '; no figure given' : '';
  return `${holder} holds ${amountOf(stake)} ${held} (${votingWord(stake.voting)}${figure}${isPlanned(stake) ? `; planned: ${plannedWords(stake)}` : ''})`;
}

const isPlanned = (stake: Ownership) => stake.basis === 'planned';

/** "67.13% by 2014, not reported as reached": a stake the source gives only as a deal's aim. */
function plannedWords(stake: Ownership): string {
  return `${stake.percent !== null ? `${stake.percent}% ` : ''}by ${stake.from}, not reported as reached`;
}

const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s+[A-Z“"(]|$)/)?.[0] ?? text;

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

const sourceTitles = (dataset: Dataset, stakes: readonly Ownership[]) =>
  [...new Set(stakes.map((s) => s.source))].map((id) => dataset.sources.find((s) => s.id === id)?.title ?? id);

function stakeText(dataset: Dataset, stake: Ownership, side: 'out' | 'in'): string {
  const other = companyName(dataset, side === 'out' ? stake.held : stake.holder);
  const invested = stake.investment ? `${formatInvestment(stake.investment)} invested` : null;
  const where =
    side === 'in'
      ? `${other}: ${stake.percent !== null ? `${stake.percent}%` : (invested ?? 'a stake (no figure given)')}`
      : stake.percent !== null
        ? `${stake.percent}% of ${other}`
        : invested
          ? `${invested} in ${other}`
          : `a stake in ${other} (no figure given)`;
  const voting = stake.voting === false ? ', non-voting' : stake.voting ? ', voting' : '';
  return `${where}${voting}${isPlanned(stake) ? ', planned' : ''}, ${heldYears(stake)}`;
}

const KIND_WORDS = { member: 'Alliance member', owner: 'Outside shareholder', entity: 'Joint company or subsidiary' } as const;

/** Tooltip for a company: the stakes it holds and is held by in `year`, and those that ended that year. */
export function nodeDetails(dataset: Dataset, year: number, id: string): MarkDetails {
  const company = dataset.companies.find((c) => c.id === id);
  const active = stakesActiveIn(dataset.ownership, year).map((s) => s.stake);
  const ended = dataset.ownership.filter((s) => s.to === year && (s.holder === id || s.held === id));
  const item = (stake: Ownership, side: 'out' | 'in'): DetailItem => ({
    text: stakeText(dataset, stake, side),
    note: stake.note ? firstSentence(stake.note) : null,
  });
  const sections = [
    { heading: 'Holds', items: active.filter((s) => s.holder === id).map((s) => item(s, 'out')) },
    { heading: 'Held by', items: active.filter((s) => s.held === id).map((s) => item(s, 'in')) },
    { heading: `Ended or changed in ${year}`, items: ended.map((s) => item(s, s.holder === id ? 'out' : 'in')) },
  ].filter((section) => section.items.length > 0);
  const used = [...active.filter((s) => s.holder === id || s.held === id), ...ended];
  return {
    title: company?.name ?? id,
    subtitle: `${company ? KIND_WORDS[company.kind] : 'Company'} · as of ${year}`,
    sections,
    sources: sourceTitles(dataset, used),
  };
}

/** Tooltip for one stake: what it is, the years, the quote and note from the source. */
export function edgeDetails(dataset: Dataset, stake: Ownership): MarkDetails {
  const kind = isPlanned(stake)
    ? `Planned (pale dashed line): ${plannedWords(stake)}`
    : stake.percent === null ? 'No figure given' : stake.voting === false ? 'Non-voting shares (dashed line)' : stake.voting ? 'Voting shares' : 'Voting rights not stated';
  const items: DetailItem[] = [
    ...(stake.quote ? [{ text: `“${stake.quote}”`, note: null }] : []),
    ...(stake.note ? [{ text: stake.note, note: null }] : []),
  ];
  return {
    title: edgeAriaLabel(dataset, stake),
    subtitle: `${kind} · ${heldYears(stake)}`,
    sections: items.length ? [{ heading: '', items }] : [],
    sources: sourceTitles(dataset, [stake]),
  };
}

/** The accessible name of a company's box: its name and stakes in and out in `year`. */
export function nodeAriaLabel(dataset: Dataset, year: number, id: string): string {
  const details = nodeDetails(dataset, year, id);
  const parts = details.sections.map((s) => `${s.heading}: ${s.items.map((i) => i.text).join('; ')}`);
  return [companyName(dataset, id), ...parts].join('. ');
}

const MEMBER_ORDER = (dataset: Dataset) => dataset.companies.filter((c) => c.kind === 'member').map((c) => c.id);

function memberSentence(dataset: Dataset, year: number, active: readonly IndexedStake[]): string {
  const members = MEMBER_ORDER(dataset);
  const clauses = members.flatMap((holder) => {
    const held = active.filter(({ stake }) => stake.holder === holder && members.includes(stake.held) && stake.held !== holder);
    if (held.length === 0) return [];
    const parts = held.map(({ stake }) => `${amountOf(stake)} ${companyName(dataset, stake.held)}${stake.voting === false ? ' without votes' : ''}`);
    return [`${companyName(dataset, holder)} held ${listOf(parts)}`];
  });
  return clauses.length ? `In ${year} ${clauses.join('; ')}.` : `In ${year} no Alliance member held shares in another.`;
}

/** "Nissan and Dongfeng Motor Company’s stakes in X are first recorded": one phrase per company held. */
function recordedPhrases(stakes: readonly Ownership[], name: (id: string) => string): string[] {
  const held = [...new Set(stakes.map((s) => s.held))];
  return held.map((id) => {
    const group = stakes.filter((s) => s.held === id);
    const [only] = group;
    if (group.length === 1 && only) return `${name(only.holder)}’s ${amountOf(only).replace(/^a stake in$/, 'stake in')} ${name(id)} is first recorded`;
    return `${listOf(group.map((s) => name(s.holder)))}’s stakes in ${name(id)} are first recorded`;
  });
}

function changeSentence(dataset: Dataset, year: number): string {
  const started = dataset.ownership.filter((s) => s.from === year);
  const ended = dataset.ownership.filter((s) => s.to === year);
  const name = (id: string) => companyName(dataset, id);
  const changed = started.flatMap((now) => {
    const before = ended.find((s) => s.holder === now.holder && s.held === now.held);
    if (!before) return [];
    const votes = before.voting !== now.voting && now.voting !== null ? (now.voting ? ' gained votes' : ' lost votes') : '';
    if (before.percent !== now.percent && before.percent !== null && now.percent !== null) {
      return [`${name(now.holder)}’s stake in ${name(now.held)} went from ${before.percent}% to ${now.percent}%${votes ? ` and${votes}` : ''}`];
    }
    if (before.percent === null && now.percent !== null) {
      const reached = isPlanned(now) ? 'was planned to reach' : 'reached';
      return [`${name(now.holder)}’s stake in ${name(now.held)} ${reached} ${now.percent}%${votes ? ` and${votes}` : ''}`];
    }
    return votes ? [`${name(now.holder)}’s ${amountOf(now)} ${name(now.held)}${votes}`] : [];
  });
  const isPaired = (s: Ownership, others: readonly Ownership[]) => others.some((o) => o.holder === s.holder && o.held === s.held);
  const fresh = started.filter((s) => !isPaired(s, ended));
  const gone = ended.filter((s) => !isPaired(s, started));
  // A stake whose start is only the first year a source mentions it was not "taken" that year.
  const taken = fresh.filter((s) => !s.fromIsFirstRecord);
  const recorded = fresh.filter((s) => s.fromIsFirstRecord);
  const freshText = [
    ...(taken.length > 2 ? [`${taken.length} new stakes appeared`] : taken.map((s) => `${name(s.holder)} took ${amountOf(s)} ${name(s.held)}`)),
    ...(recorded.length > 2
      ? [`${recorded.length} stakes appear in the sources for the first time`]
      : recordedPhrases(recorded, name)),
  ];
  const goneText = gone.length > 2 ? [`${gone.length} stakes ended`] : gone.map((s) => `${name(s.holder)}’s ${amountOf(s).replace(/^a stake in$/, 'stake in')} ${name(s.held)} ended`);
  const isFounding = year === Math.min(...dataset.ownership.map((s) => s.from));
  const phrases = isFounding ? ['the Alliance began'] : [...changed, ...freshText, ...goneText];
  if (phrases.length > 0) return `That year ${listOf(phrases)}.`;
  const last = Math.max(...dataset.ownership.flatMap((s) => [s.from, ...(s.to === null ? [] : [s.to])]).filter((y) => y < year));
  return Number.isFinite(last) ? `The structure was unchanged since ${last}.` : '';
}

/** One or two sentences for `year`: the members' stakes in each other, then what changed that year. */
export function ownershipSummary(dataset: Dataset, year: number): string {
  const active = stakesActiveIn(dataset.ownership, year);
  if (active.length === 0) return `No stakes are recorded for ${year}.`;
  return [memberSentence(dataset, year, active), changeSentence(dataset, year)].filter(Boolean).join(' ');
}

/** The sentence shown instead of the diagram, or null when there is something to draw. */
export function ownershipEmptyMessage(dataset: Dataset, year: number, brands: readonly Brand[]): string | null {
  if (brands.length === 0) return 'No brand is selected: pick at least one brand to see who owned whom.';
  if (dataset.ownership.length === 0) return 'The dataset records no stakes, so there is no ownership structure to show.';
  if (dataset.ownership.some((s) => isStakeActive(s, year))) return null;
  const first = Math.min(...dataset.ownership.map((s) => s.from));
  if (year < first) return `The Alliance began in ${first}: there are no cross-shareholdings to show for ${year}. Pick a later year.`;
  return `No stakes are recorded for ${year}.`;
}

/** One row per stake held in `year`: the table view and the CSV. */
export function ownershipTable(dataset: Dataset, year: number): ChartTable {
  return {
    caption: `Equity stakes held in ${year}`,
    columns: [
      { key: 'holder', label: 'Holder' },
      { key: 'held', label: 'Held' },
      { key: 'percent', label: 'Percent', isNumeric: true },
      { key: 'investment', label: 'Investment', isNumeric: true },
      { key: 'currency', label: 'Currency' },
      { key: 'voting', label: 'Voting' },
      { key: 'basis', label: 'Basis' },
      { key: 'from', label: 'From' },
      { key: 'to', label: 'Ended (year, exclusive)' },
      { key: 'source', label: 'Source' },
    ],
    rows: stakesActiveIn(dataset.ownership, year).map(({ stake }) => ({
      holder: companyName(dataset, stake.holder),
      held: companyName(dataset, stake.held),
      percent: stake.percent,
      investment: stake.investment?.amount ?? null,
      currency: stake.investment?.currency ?? null,
      voting: stake.voting === null ? 'not stated' : stake.voting ? 'yes' : 'no',
      basis: stake.basis ?? 'stated',
      from: stake.from,
      to: stake.to,
      source: stake.source,
    })),
  };
}
