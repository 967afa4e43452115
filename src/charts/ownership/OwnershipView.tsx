import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useShallow } from 'zustand/react/shallow';
import { formatsOf } from '../../i18n/format';
import type { LegendItem } from '../../components/chartTypes';
import { CardSkeleton } from '../../components/CardSkeleton';
import { ChartCard } from '../../components/ChartCard';
import { imageDrawing } from '../../export/imageDrawing';
import { datasetYears } from '../../data/catalogue';
import type { Dataset } from '../../data/schema';
import { selectComparedYear, selectCursor, useFilters } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { compareSpan, drawnYear } from '../../state/time';
import { loadOnce } from '../../lib/loadOnce';
import { reimportable } from '../../lib/reimportable';
import { useLoaded } from '../../lib/useLoaded';
import { ownershipChanges } from './compare';
import { useTheme } from '../../theme/useTheme';
import { brandsDrawn, eventsInYear, heldStake, needsPlacement, ownershipChangeYears, stakesActiveIn, yearContents } from './model';
import { OwnershipDiagram } from './OwnershipDiagram';
import { OwnershipImage } from './OwnershipSvg';
import { companyInProse, companyName, ownershipEmptyMessage, ownershipSummary } from './text';
import { YearStepper } from './YearStepper';
import './ownership.css';
import { STAKE_DASHES } from './OwnershipMarks';

// Two years compared is a reader's later step: its words are fetched when asked for, out of the first script. Until
// they are in, the card describes the year it draws.
const loadCompareText = loadOnce(reimportable(() => import(/* idle-prefetch */ './compareText')));
// The table is built when asked for (TableSource): its code and words are fetched then.
const loadTable = reimportable(() => import(/* idle-prefetch */ './table'));
// Placing a company the layout has no slot for: never needed by the shipped file (model.ts, Place).
const loadAutoPlace = loadOnce(reimportable(() => import(/* idle-prefetch */ './autoPlace')));

/**
 * The year stepper shows the store's cursor at once, while the diagram follows the drawn one: a component of
 * its own, so a year change re-renders only it before the frame.
 */
function OwnershipControls({ years }: { years: readonly number[] }) {
  const { cursor, vs, yearRange } = useFilters(useShallow((s) => ({ cursor: selectCursor(s), vs: selectComparedYear(s), yearRange: s.yearRange })));
  const setAt = useFilters((s) => s.setAt);
  return <YearStepper years={years} year={cursor} compared={vs} range={yearRange} onSelect={setAt} />;
}

/**
 * Who held shares in whom as of the cursor year, as a network of companies and stakes; with a compare year,
 * the later year's network with what changed since the earlier one.
 */
export function OwnershipView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { brands } = choices;
  const cursor = selectCursor(choices);
  const vs = selectComparedYear(choices);
  const { highlighted, onHighlight, picked, onOpenSource: openSource } = useMarkLinks();
  // The record picked in the source panel's list, shown in the diagram with the same halo as a hovered edge.
  const span = useMemo(() => compareSpan(cursor, vs), [cursor, vs]);
  // Comparing draws the later year, with the stakes ended since the earlier one ghosted.
  const year = drawnYear(cursor, vs);
  const theme = useTheme();
  const intl = useIntl();
  const years = useMemo(() => ownershipChangeYears(dataset.ownership, datasetYears(dataset)), [dataset]);
  const changes = useMemo(() => (span ? ownershipChanges(dataset.ownership, span[0], span[1], intl) : null), [dataset, span, intl]);
  const name = useMemo(() => (id: string) => companyName(dataset, id), [dataset]);
  const inProse = useMemo(() => (id: string) => companyInProse(dataset, id), [dataset]);
  const compareText = useLoaded(loadCompareText, span !== null);
  const contents = useMemo(() => yearContents(dataset, year, changes, intl), [dataset, year, changes, intl]);
  const needsPlace = useMemo(() => needsPlacement(contents), [contents]);
  const place = useLoaded(loadAutoPlace, needsPlace)?.freeSpot ?? null;
  const summary = useMemo(
    () => (changes && span && compareText ? compareText.compareSummary(changes, span, inProse, intl) : ownershipSummary(dataset, year, intl)),
    [dataset, year, changes, span, compareText, inProse, intl],
  );
  const table = useCallback(
    () => (changes && span ? loadCompareText().then((m) => m.compareTable(changes, span, name, intl)) : loadTable().then((m) => m.ownershipTable(dataset, year, intl))),
    [dataset, year, changes, span, name, intl],
  );
  const events = useMemo(() => eventsInYear(dataset.events, year), [dataset, year]);
  const sourceIds = useMemo(() => {
    const stakes = changes ? changes.map((c) => heldStake(c).stake) : stakesActiveIn(dataset.ownership, year).map(({ stake }) => stake);
    return [...new Set([...stakes.map((stake) => stake.source), ...events.map((e) => e.source)])];
  }, [dataset, year, events, changes]);
  const drawnBrands = useMemo(() => brandsDrawn(dataset, year), [dataset, year]);
  const drawnIds = useMemo(() => new Set(stakesActiveIn(dataset.ownership, year).flatMap(({ stake }) => [stake.holder, stake.held])), [dataset, year]);
  const hasPlanned = useMemo(() => stakesActiveIn(dataset.ownership, year).some(({ stake }) => stake.basis === 'planned'), [dataset, year]);
  const emptyMessage = useMemo(() => ownershipEmptyMessage(dataset, year, brands, intl), [dataset, year, brands, intl]);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...drawnBrands.map((brand) => ({ key: brand, label: brand, color: brandColour(theme, brand), brand })),
      { key: 'other', label: intl.formatMessage({ id: 'ownership.legend.other' }), color: theme.other },
      { key: 'stake', label: intl.formatMessage({ id: 'ownership.legend.width' }), color: theme.muted, symbol: 'line' },
      { key: 'non-voting', label: intl.formatMessage({ id: 'ownership.legend.nonVoting' }), color: theme.muted, symbol: 'dashed', dash: STAKE_DASHES.nonVoting },
      ...(hasPlanned ? [{ key: 'planned', label: intl.formatMessage({ id: 'ownership.legend.planned' }), color: theme.muted, symbol: 'dashed' as const, dash: STAKE_DASHES.planned }] : []),
      // Keyed only where a compared stake has ended (2001 → 2023 has none: each stake of 2001 was still held in 2023).
      ...(span && changes?.some((c) => c.kind === 'ended') ? [{ key: 'ended', label: intl.formatMessage({ id: 'ownership.legend.ended' }, { year: span[1] }), color: theme.muted, symbol: 'dashed' as const, dash: STAKE_DASHES.ended }] : []),
    ],
    [drawnBrands, theme, span, changes, hasPlanned, intl],
  );
  const { leftOut, stakesLeftOut } = contents;
  // Memoized: ChartCard makes its export parts afresh, and registers its image again, whenever the footnotes array changes.
  const footnotes = useMemo(() => {
    const hiddenBrands = drawnBrands.filter((b) => !brands.includes(b));
    return [
    // In the comparison's words, which come with its code (EnglishLater): under the diagram, so nothing moves when they do.
    ...(span && changes && compareText ? [intl.formatMessage({ id: 'compare.ownership.footnote' }, { year: span[0], inferred: compareText.drawsInferredEnd(contents, changes) ? 'yes' : 'no' })] : []),
    // Event labels are the dataset's words (in the page's language: useLocalisedDataset).
    ...events.map((event) => intl.formatMessage({ id: 'ownership.footnote.event' }, { year, event: event.label })),
    intl.formatMessage({ id: 'ownership.footnote.arrows' }),
    // A modelling choice, not a company the sources name as a shareholder: say so wherever it is drawn.
    ...(drawnIds.has('renault-nissan-alliance')
      ? [intl.formatMessage({ id: 'ownership.footnote.allianceStandIn' })]
      : []),
    ...(hiddenBrands.length
      ? [intl.formatMessage({ id: 'ownership.footnote.hidden' }, { brands: formatsOf(intl).list(hiddenBrands), count: hiddenBrands.length })]
      : []),
    ...(leftOut > 0 ? [intl.formatMessage({ id: 'ownership.footnote.leftOut' }, { count: leftOut })] : []),
    ...(stakesLeftOut > 0 ? [intl.formatMessage({ id: 'ownership.footnote.stakesLeftOut' }, { count: stakesLeftOut })] : []),
    ];
  }, [events, year, drawnBrands, brands, span, changes, contents, compareText, drawnIds, leftOut, stakesLeftOut, intl]);

  const drawing = useMemo(
    () => imageDrawing((width, imageTheme) => <OwnershipImage dataset={dataset} year={year} changes={changes} place={place} brands={brands} width={width} theme={imageTheme} />, intl),
    [dataset, year, changes, place, brands, intl],
  );

  // Until the placement code is in (once a session, on a file whose companies lack slots) the card waits as it did
  // for its own code: a diagram with companies missing would say they were not there.
  const title = intl.formatMessage({ id: 'ownership.title' });
  if (needsPlace && place === null) return <CardSkeleton chart="ownership" title={title} />;
  return (
    <ChartCard
      chart="ownership"
      asOf
      title={title}
      subtitle={span ? intl.formatMessage({ id: 'ownership.subtitle.compare' }, { from: span[0], to: span[1] }) : intl.formatMessage({ id: 'ownership.subtitle' }, { year })}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      controls={<OwnershipControls years={years} />}
      emptyMessage={emptyMessage}
      dataYears={years.length ? [years[0]!, years[years.length - 1]!] : null}
      drawing={drawing}
    >
      <OwnershipDiagram
        dataset={dataset}
        year={year}
        changes={changes}
        place={place}
        brands={brands}
        highlighted={highlighted}
        picked={picked}
        onHighlight={onHighlight}
        onOpenSource={openSource}
      />
    </ChartCard>
  );
}
