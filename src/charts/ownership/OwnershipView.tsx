import { brandColour } from '../../theme/tokens';
import { useMemo } from 'react';
import { listOf } from '../../components/format';
import type { LegendItem } from '../../components/chartTypes';
import { ChartCard } from '../../components/ChartCard';
import { datasetYears } from '../../data/catalogue';
import type { Dataset } from '../../data/schema';
import { selectCursor, useFilters } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { compareSpan } from '../../state/time';
import { compareSummary, compareTable, ownershipChanges } from './compare';
import { CompareSelect } from './CompareSelect';
import { useTheme } from '../../theme/useTheme';
import { brandsDrawn, companiesLeftOut, eventsInYear, ownershipChangeYears, stakesActiveIn } from './model';
import { OwnershipDiagram } from './OwnershipDiagram';
import { companyName, ownershipEmptyMessage, ownershipSummary, ownershipTable } from './text';
import { YearStepper } from './YearStepper';
import './ownership.css';

/**
 * Who held shares in whom as of the cursor year, as a network of companies and stakes; with a compare year,
 * the later year's network with what changed since the earlier one.
 */
export function OwnershipView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { brands, yearRange, vs } = choices;
  const cursor = selectCursor(choices);
  const setAt = useFilters((s) => s.setAt);
  const setCompare = useFilters((s) => s.setCompare);
  const { highlighted, onHighlight: setHighlightedBrand, picked, onOpenSource: openSource } = useMarkLinks();
  // The record picked in the source panel's list, shown in the diagram with the same halo as a hovered edge.
  const span = useMemo(() => compareSpan(cursor, vs), [cursor, vs]);
  // Comparing draws the later year, with the stakes ended since the earlier one ghosted.
  const year = span ? span[1] : cursor;
  const theme = useTheme();
  const years = useMemo(() => ownershipChangeYears(dataset.ownership, datasetYears(dataset)), [dataset]);
  // Every year of the dataset can be compared with, not only the years a stake changed.
  const compareYears = useMemo(() => {
    const [from, to] = datasetYears(dataset);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }, [dataset]);
  const changes = useMemo(() => (span ? ownershipChanges(dataset.ownership, span[0], span[1]) : null), [dataset, span]);
  const name = useMemo(() => (id: string) => companyName(dataset, id), [dataset]);
  const summary = useMemo(() => (changes && span ? compareSummary(changes, span, name) : ownershipSummary(dataset, year)), [dataset, year, changes, span, name]);
  const table = useMemo(() => (changes && span ? compareTable(changes, span, name) : ownershipTable(dataset, year)), [dataset, year, changes, span, name]);
  const events = useMemo(() => eventsInYear(dataset.events, year), [dataset, year]);
  const sourceIds = useMemo(() => {
    const stakes = changes ? changes.map((c) => (c.after ?? c.before)!.stake) : stakesActiveIn(dataset.ownership, year).map(({ stake }) => stake);
    return [...new Set([...stakes.map((stake) => stake.source), ...events.map((e) => e.source)])];
  }, [dataset, year, events, changes]);
  const drawnBrands = useMemo(() => brandsDrawn(dataset, year), [dataset, year]);
  const drawnIds = useMemo(() => new Set(stakesActiveIn(dataset.ownership, year).flatMap(({ stake }) => [stake.holder, stake.held])), [dataset, year]);
  const hasPlanned = useMemo(() => stakesActiveIn(dataset.ownership, year).some(({ stake }) => stake.basis === 'planned'), [dataset, year]);
  const emptyMessage = useMemo(() => ownershipEmptyMessage(dataset, year, brands), [dataset, year, brands]);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...drawnBrands.map((brand) => ({ key: brand, label: brand, color: brandColour(theme, brand), brand })),
      { key: 'other', label: 'Other companies', color: theme.other },
      { key: 'stake', label: 'Line width = stake %', color: theme.muted, symbol: 'line' },
      { key: 'non-voting', label: 'Non-voting stake', color: theme.muted, symbol: 'dashed' },
      ...(hasPlanned ? [{ key: 'planned', label: 'Planned, not reported as reached (pale)', color: theme.muted, symbol: 'dashed' as const }] : []),
      ...(span ? [{ key: 'ended', label: `Ended by ${span[1]} (faded)`, color: theme.muted, symbol: 'dashed' as const }] : []),
    ],
    [drawnBrands, theme, span, hasPlanned],
  );
  const leftOut = useMemo(() => companiesLeftOut(dataset, year, changes), [dataset, year, changes]);
  // Memoized: ChartCard rebuilds its export parts whenever the footnotes array changes.
  const footnotes = useMemo(() => {
    const hiddenBrands = drawnBrands.filter((b) => !brands.includes(b));
    return [
    ...(span ? [`Compared with ${span[0]}: new stakes are marked “new”, changed ones show both figures, ended ones are faded and dashed, unchanged ones are drawn quietly.`] : []),
    ...events.map((event) => `In ${year}: ${event.label}.`),
    'Arrows point from holder to held. A thin line is a stake the source gives no percentage for.',
    // A modelling choice, not a company the sources name as a shareholder: say so wherever it is drawn.
    ...(drawnIds.has('renault-nissan-alliance')
      ? ['“Renault–Nissan Alliance” stands for Renault and Nissan together, where a source gives a stake without splitting it between them (Daimler’s “combined 3.1% in Renault and Nissan”, the AvtoVAZ joint venture).']
      : []),
    ...(hiddenBrands.length
      ? [`${listOf(hiddenBrands)} ${hiddenBrands.length > 1 ? 'are' : 'is'} switched off in the filter: dimmed here, not removed, so the structure stays readable.`]
      : []),
    ...(leftOut > 0 ? [`${leftOut} more companies, with smaller stakes, are not drawn; the table lists them all.`] : []),
    ];
  }, [events, year, drawnBrands, brands, span, drawnIds, leftOut]);

  return (
    <ChartCard
      chart="ownership"
      title="Who owns whom"
      subtitle={span ? `Equity stakes in ${span[1]}, and what changed since ${span[0]}` : `Equity stakes as of ${year}`}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      controls={
        <>
          <YearStepper years={years} year={cursor} range={yearRange} onSelect={setAt} />
          <CompareSelect years={compareYears} year={cursor} value={vs} onChange={setCompare} />
        </>
      }
      emptyMessage={emptyMessage}
      dataYears={years.length ? [years[0]!, years[years.length - 1]!] : null}
    >
      <OwnershipDiagram
        dataset={dataset}
        year={year}
        changes={changes}
        brands={brands}
        highlighted={highlighted}
        picked={picked}
        onHighlight={setHighlightedBrand}
        onOpenSource={openSource}
      />
    </ChartCard>
  );
}
