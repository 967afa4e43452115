import { brandColour } from '../../theme/tokens';
import { useMemo } from 'react';
import { listOf } from '../../components/format';
import { Segmented } from '../../components/Segmented';
import { ChartCard } from '../../components/ChartCard';
import type { LegendItem } from '../../components/chartTypes';
import { brandIds } from '../../data/catalogue';
import { largestCapacity } from '../../data/capacity';
import type { Dataset } from '../../data/schema';
import { MAP_REGIONS, selectCursor, useFilters } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { compareSpan } from '../../state/time';
import { useTheme } from '../../theme/useTheme';
import { allianceBrands, plantsSummary, rankedGroups, REGION_LABELS, shortCity } from './model';
import { PlantsMap } from './PlantsMap';
import { plantsTable } from './table';
import { RankedList } from './RankedList';
import { rankedLines } from './rankedText';
import { TargetList } from './TargetList';
import { capacityTargetLines, capacityTargets, capacityTargetsSummary } from './targets';
import './plants.css';

const REGION_OPTIONS = MAP_REGIONS.map((value) => ({ value, label: REGION_LABELS[value] }));

function RegionButtons() {
  const region = useFilters((s) => s.mapRegion);
  const setMapRegion = useFilters((s) => s.setMapRegion);
  return <Segmented label="Region" options={REGION_OPTIONS} value={region} onChange={setMapRegion} />;
}

/** Plant capacity map: a symbol per plant sized by annual capacity, coloured by brand, with a ranked list. */
export function PlantsView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { yearRange, brands, mapRegion: region, vs } = choices;
  const at = selectCursor(choices);
  const { highlighted, onHighlight: setHighlightedBrand, picked, onOpenSource: openSource } = useMarkLinks();
  const recordIndex = picked?.key === 'plants' ? picked.index : null;
  const theme = useTheme();
  const plants = dataset.plants;
  const allBrands = useMemo(() => brandIds(dataset), [dataset]);
  const filters = useMemo(() => ({ yearRange, brands, allBrands, at, compare: compareSpan(at, vs) }), [yearRange, brands, allBrands, at, vs]);
  const targets = useMemo(() => capacityTargets(dataset, yearRange), [dataset, yearRange]);
  const summary = useMemo(() => plantsSummary(plants, filters) + capacityTargetsSummary(targets), [plants, filters, targets]);
  const table = useMemo(() => plantsTable(plants, filters, targets), [plants, filters, targets]);
  const groups = useMemo(() => rankedGroups(plants, filters), [plants, filters]);
  const figures = useMemo(() => [...rankedLines(groups), ...capacityTargetLines(targets)], [groups, targets]);
  const largest = useMemo(() => largestCapacity(plants), [plants]);
  const sourceIds = useMemo(() => [...new Set([...plants.map((p) => p.source), ...targets.map((t) => t.source)])], [plants, targets]);
  // Brands that colour at least one plant (a plant's first Alliance brand).
  const legend = useMemo<LegendItem[]>(() => {
    const colouring = new Set(plants.map((p) => allianceBrands(p, allBrands)[0]));
    return allBrands.filter((b) => colouring.has(b)).map((b) => ({ key: b, label: b, color: brandColour(theme, b), brand: b, symbol: 'circle' }));
  }, [plants, allBrands, theme]);
  const endYear = at;
  const noPeriod = useMemo(() => plants.filter((p) => p.capacities.some((c) => c.period === null)).map((p) => shortCity(p.city)), [plants]);
  const footnotes = useMemo(() => [
    'Symbol area is proportional to capacity, on one scale for vehicles (circles), engines (squares) and batteries (diamonds).',
    `Each plant shows the figure that applies in ${endYear}, as its source words it: solid where the source states a capacity, pale where it gives a plan (“will have”, “is to”), dashed where the opening or the figure comes after ${endYear}. Some figures cover one production line or one model, not the whole plant; the list, tooltip and table say which.`,
    ...(noPeriod.length ? [`${listOf(noPeriod)}: the source gives no period, so the figure is a count, drawn on the same scale.`] : []),
    'On the map, plants of brands not selected in the filter are faded for context; the list and the totals count only the selected brands. Plants with no opening year in the source were already running.',
    'Colour: the first selected brand operating the plant; a ring in a second colour marks a plant shared with another Alliance brand.',
    // Zooming moves the map only; saying so keeps a reader from taking the list for that region's plants.
    ...(region === 'world' ? [] : [`The map is zoomed to ${REGION_LABELS[region]}; the list and totals still cover every region.`]),
  ], [endYear, region, noPeriod]);

  return (
    <ChartCard
      chart="plants"
      title="Plant capacity"
      subtitle="Production capacity of Alliance plants as the sources give it: stated or planned, a year where they say so"
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      exportFigures={figures}
      controls={<RegionButtons />}
      emptyMessage={groups.length === 0 ? `No plant belongs to the selected brands. Select ${listOf(legend.map((l) => l.label), 'or')} above to see their plants.` : null}
    >
      <PlantsMap
        plants={plants}
        sources={dataset.sources}
        filters={filters}
        region={region}
        highlighted={highlighted}
        recordIndex={recordIndex}
        onHighlight={setHighlightedBrand}
        onOpenSource={openSource}
      />
      <RankedList groups={groups} largest={largest} theme={theme} />
      <TargetList targets={targets} onOpenSource={openSource} />
    </ChartCard>
  );
}
