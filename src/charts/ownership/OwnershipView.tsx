import { useMemo } from 'react';
import { listOf } from '../../components/format';
import type { LegendItem } from '../../components/chartTypes';
import { ChartCard } from '../../components/ChartCard';
import { BRANDS, type Dataset } from '../../data/schema';
import { YEAR_DOMAIN, useFilters } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import { brandsDrawn, eventsInYear, ownershipChangeYears, stakesActiveIn } from './model';
import { OwnershipDiagram } from './OwnershipDiagram';
import { ownershipEmptyMessage, ownershipSummary, ownershipTable } from './text';
import { YearStepper } from './YearStepper';
import './ownership.css';

/** Who held shares in whom in the filter's end year, as a network of companies and stakes. */
export function OwnershipView({ dataset }: { dataset: Dataset }) {
  const year = useFilters((s) => s.yearRange[1]);
  const brands = useFilters((s) => s.brands);
  const theme = useTheme();
  const years = useMemo(() => ownershipChangeYears(dataset.ownership, YEAR_DOMAIN), [dataset]);
  const summary = useMemo(() => ownershipSummary(dataset, year), [dataset, year]);
  const table = useMemo(() => ownershipTable(dataset, year), [dataset, year]);
  const events = useMemo(() => eventsInYear(dataset.events, year), [dataset, year]);
  const sourceIds = useMemo(
    () => [...new Set([...stakesActiveIn(dataset.ownership, year).map(({ stake }) => stake.source), ...events.map((e) => e.source)])],
    [dataset, year, events],
  );
  const drawnBrands = useMemo(() => brandsDrawn(dataset, year), [dataset, year]);
  const drawnIds = useMemo(() => new Set(stakesActiveIn(dataset.ownership, year).flatMap(({ stake }) => [stake.holder, stake.held])), [dataset, year]);
  const emptyMessage = useMemo(() => ownershipEmptyMessage(dataset, year, brands), [dataset, year, brands]);
  const legend = useMemo<LegendItem[]>(
    () => [
      ...drawnBrands.map((brand) => ({ key: brand, label: brand, color: theme.brand[brand], brand })),
      { key: 'other', label: 'Other companies', color: theme.other },
      { key: 'stake', label: 'Line width = stake %', color: theme.muted, symbol: 'line' },
      { key: 'non-voting', label: 'Non-voting stake', color: theme.muted, symbol: 'dashed' },
    ],
    [drawnBrands, theme],
  );
  // Memoized: ChartCard rebuilds its export parts whenever the footnotes array changes.
  const footnotes = useMemo(() => {
    const hiddenBrands = BRANDS.filter((b) => drawnBrands.includes(b) && !brands.includes(b));
    return [
    ...events.map((event) => `In ${year}: ${event.label}.`),
    'Arrows point from holder to held. A thin line is a stake the source gives no percentage for.',
    // A modelling choice, not a company the sources name as a shareholder: say so wherever it is drawn.
    ...(drawnIds.has('renault-nissan-alliance')
      ? ['“Renault–Nissan Alliance” stands for Renault and Nissan together, where a source gives a stake without splitting it between them (Daimler’s “combined 3.1% in Renault and Nissan”, the AvtoVAZ joint venture).']
      : []),
    ...(hiddenBrands.length
      ? [`${listOf(hiddenBrands)} ${hiddenBrands.length > 1 ? 'are' : 'is'} switched off in the filter: dimmed here, not removed, so the structure stays readable.`]
      : []),
    ];
  }, [events, year, drawnBrands, brands, drawnIds]);

  return (
    <ChartCard
      chart="ownership"
      title="Who owns whom"
      subtitle={`Equity stakes as of ${year}, the end of the selected years`}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      controls={<YearStepper years={years} year={year} />}
      emptyMessage={emptyMessage}
      dataYears={years.length ? [years[0]!, years[years.length - 1]!] : null}
    >
      <OwnershipDiagram dataset={dataset} year={year} />
    </ChartCard>
  );
}
