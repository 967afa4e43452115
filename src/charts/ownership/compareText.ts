// Two years of ownership compared, in words: the summary sentence and the table of changes. A reader's later step,
// fetched when asked for (OwnershipView), so the first script carries neither this code nor its words.
import type { IntlShape } from 'react-intl';
import type { ChartTable } from '../../components/chartTypes';
import '../../components/tableWords';
import { votingValue } from '../../data/stakeWords';
import { formatsOf } from '../../i18n/format';
import { addEnglish } from '../../i18n/messages';
import { compareEn } from '../../i18n/messages/compare/en';
import { changeLabel, type ChangeKind, type StakeChange } from './compare';
import { heldStake, isPlanned, stakeLabelInFull, type IndexedStake, type YearContents } from './model';

addEnglish({ compare: compareEn });

const KIND_ORDER: readonly ChangeKind[] = ['changed', 'new', 'ended', 'unchanged'];

/** "From 2016 to 2023, 2 stakes changed, 5 are new, 4 ended and 7 stayed the same: …", in the language of `intl`. */
export function compareSummary(changes: readonly StakeChange[], [from, to]: readonly [number, number], name: (id: string) => string, intl: IntlShape): string {
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  const [changed, fresh, ended, same] = KIND_ORDER.map(count) as [number, number, number, number];
  if (changed + fresh + ended === 0) return intl.formatMessage({ id: 'compare.ownership.summaryNone' }, { from, to, same });
  const counts = [
    ...(changed ? [intl.formatMessage({ id: 'compare.ownership.changed' }, { count: changed })] : []),
    ...(fresh ? [intl.formatMessage({ id: 'compare.ownership.new' }, { count: fresh })] : []),
    ...(ended ? [intl.formatMessage({ id: 'compare.ownership.ended' }, { count: ended })] : []),
    ...(same ? [intl.formatMessage({ id: 'compare.ownership.same' }, { count: same })] : []),
  ];
  const details = changes
    .filter((c) => c.kind === 'changed')
    .map((c) => intl.formatMessage({ id: 'compare.ownership.detail' }, { holder: name(c.holder), held: name(c.held), change: c.before && c.after ? changeLabel(c.before.stake, c.after.stake, intl, 'prose') : c.label }));
  const values = { from, to, counts: formatsOf(intl).list(counts) };
  return details.length
    ? intl.formatMessage({ id: 'compare.ownership.summaryDetails' }, { ...values, details: details.reduce((first, second) => intl.formatMessage({ id: 'ownership.summary.clauseJoin' }, { first, second })) })
    : intl.formatMessage({ id: 'compare.ownership.summary' }, values);
}

/** One row per changed, new and ended stake (unchanged last), each citing the record that states it. */
export function compareTable(changes: readonly StakeChange[], [from, to]: readonly [number, number], name: (id: string) => string, intl: IntlShape): ChartTable {
  const ordered = KIND_ORDER.flatMap((kind) => changes.filter((c) => c.kind === kind));
  const stateOf = (item: IndexedStake | null) =>
    item ? intl.formatMessage({ id: 'compare.ownership.state' }, { stake: stakeLabelInFull(item.stake, intl), voting: votingValue(item.stake.voting), planned: isPlanned(item.stake) ? 'yes' : 'no' }) : '—';
  return {
    caption: intl.formatMessage({ id: 'compare.ownership.tableCaption' }, { from, to }),
    columns: [
      { key: 'change', label: intl.formatMessage({ id: 'compare.ownership.tableChange' }) },
      { key: 'holder', label: intl.formatMessage({ id: 'tables.ownership.holder' }) },
      { key: 'held', label: intl.formatMessage({ id: 'tables.ownership.held' }) },
      { key: 'before', label: intl.formatMessage({ id: 'compare.ownership.tableIn' }, { year: from }) },
      { key: 'after', label: intl.formatMessage({ id: 'compare.ownership.tableIn' }, { year: to }) },
      { key: 'source', label: intl.formatMessage({ id: 'tables.ownership.source' }) },
    ],
    rows: ordered.map((c) => ({
      change: c.kind === 'ended' ? c.label : intl.formatMessage({ id: 'compare.ownership.kind' }, { kind: c.kind }),
      holder: name(c.holder),
      held: name(c.held),
      before: stateOf(c.before),
      after: stateOf(c.after),
      source: heldStake(c).stake.source,
    })),
  };
}

/**
 * Whether a compared diagram draws an inferred end ("ended c. 2021") on an edge or in a gone company's box: its
 * footnote says what "c." means only then, not for a stake the diagram leaves out (MOST_STAKES_DRAWN). An edge
 * whose company is tagged draws no label, and that tag is inferred if any of its stakes' ends is. Here, with the
 * comparison's words, since only a comparison draws an end.
 */
export function drawsInferredEnd({ active, gone }: YearContents, changes: readonly StakeChange[]): boolean {
  const drawn = new Set(active.map(({ index }) => index));
  return [...gone.tags.values()].some((tag) => tag.inferred) || changes.some((c) => c.endIsInferred && drawn.has(heldStake(c).index));
}
