// What changed in ownership between two years: stakes new, ended, changed or unchanged. Pure.
import type { ChartTable } from '../../components/chartTypes';
import { listOf } from '../../components/format';
import type { Ownership } from '../../data/schema';
import { stakeLabel, stakesActiveIn, type IndexedStake } from './model';

export type ChangeKind = 'new' | 'ended' | 'changed' | 'unchanged';

/** One holder→held pair compared between two years; `before`/`after` are the records held then. */
export interface StakeChange {
  kind: ChangeKind;
  holder: string;
  held: string;
  before: IndexedStake | null;
  after: IndexedStake | null;
  /** "43.4% → 15%", "15% non-voting → voting", "new", "ended 2021" or the unchanged label. */
  label: string;
}

const votingText = (voting: boolean | null) => (voting === null ? '' : voting ? 'voting' : 'non-voting');

/** The same stake in both years: the same record, or records saying the same thing. */
function isSame(a: Ownership, b: Ownership): boolean {
  return a === b || (a.percent === b.percent && a.voting === b.voting && a.investment?.amount === b.investment?.amount);
}

/** "43.4% → 15%"; a voting change is named: "15% non-voting → voting". */
export function changeLabel(before: Ownership, after: Ownership): string {
  const [was, now] = [stakeLabel(before), stakeLabel(after)];
  const amount = was === now ? was : `${was} → ${now}`;
  if (before.voting === after.voting || before.voting === null || after.voting === null) return amount;
  return was === now ? `${amount} ${votingText(before.voting)} → ${votingText(after.voting)}` : `${amount}, now ${votingText(after.voting)}`;
}

/**
 * Every stake held in `from` or `to` (from < to), paired by holder and held company, in dataset order of
 * the later record. A pair held in both years with a different figure or voting right is one change.
 */
export function ownershipChanges(ownership: readonly Ownership[], from: number, to: number): StakeChange[] {
  const key = ({ stake }: IndexedStake) => `${stake.holder}\u0000${stake.held}`;
  const earlier = stakesActiveIn(ownership, from);
  const later = stakesActiveIn(ownership, to);
  const unpaired = new Map<string, IndexedStake[]>();
  for (const item of earlier) unpaired.set(key(item), [...(unpaired.get(key(item)) ?? []), item]);
  const changes = later.map((after): StakeChange => {
    const before = unpaired.get(key(after))?.shift() ?? null;
    const { holder, held } = after.stake;
    if (!before) return { kind: 'new', holder, held, before, after, label: `new: ${stakeLabel(after.stake)}` };
    const same = isSame(before.stake, after.stake);
    return { kind: same ? 'unchanged' : 'changed', holder, held, before, after, label: same ? stakeLabel(after.stake) : changeLabel(before.stake, after.stake) };
  });
  const ended = [...unpaired.values()].flat().sort((a, b) => a.index - b.index);
  return [
    ...changes,
    ...ended.map(({ stake, index }): StakeChange => ({
      kind: 'ended',
      holder: stake.holder,
      held: stake.held,
      before: { stake, index },
      after: null,
      // `to` is the first year the stake was no longer held; it is set for every stake that ended.
      label: `ended ${stake.to ?? to}`,
    })),
  ];
}

const KIND_ORDER: readonly ChangeKind[] = ['changed', 'new', 'ended', 'unchanged'];

/** "From 2016 to 2023, 2 stakes changed, 5 are new, 4 ended and 7 stayed the same: …". */
export function compareSummary(changes: readonly StakeChange[], [from, to]: readonly [number, number], name: (id: string) => string): string {
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  const [changed, fresh, ended, same] = KIND_ORDER.map(count) as [number, number, number, number];
  if (changed + fresh + ended === 0) return `From ${from} to ${to} no stake changed (${same} held in both years).`;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const counts = [
    ...(changed ? [plural(changed, 'stake changed', 'stakes changed')] : []),
    ...(fresh ? [plural(fresh, 'is new', 'are new')] : []),
    ...(ended ? [`${ended} ended`] : []),
    ...(same ? [plural(same, 'stayed the same', 'stayed the same')] : []),
  ];
  const details = changes
    .filter((c) => c.kind === 'changed')
    .map((c) => `${name(c.holder)} in ${name(c.held)} ${c.label}`);
  return `From ${from} to ${to}, ${listOf(counts)}${details.length ? `: ${details.join('; ')}` : ''}.`;
}

/** One row per changed, new and ended stake (unchanged last), each citing the record that states it. */
export function compareTable(changes: readonly StakeChange[], [from, to]: readonly [number, number], name: (id: string) => string): ChartTable {
  const ordered = KIND_ORDER.flatMap((kind) => changes.filter((c) => c.kind === kind));
  return {
    caption: `Equity stakes: changes from ${from} to ${to}`,
    columns: [
      { key: 'change', label: 'Change' },
      { key: 'holder', label: 'Holder' },
      { key: 'held', label: 'Held' },
      { key: 'before', label: `In ${from}` },
      { key: 'after', label: `In ${to}` },
      { key: 'source', label: 'Source' },
    ],
    rows: ordered.map((c) => {
      const stateOf = (item: IndexedStake | null) => (item ? [stakeLabel(item.stake), votingText(item.stake.voting)].filter(Boolean).join(' ') : '—');
      return {
        change: c.kind === 'ended' ? c.label : c.kind,
        holder: name(c.holder),
        held: name(c.held),
        before: stateOf(c.before),
        after: stateOf(c.after),
        source: (c.after ?? c.before)!.stake.source,
      };
    }),
  };
}
