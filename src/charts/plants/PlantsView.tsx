import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatsOf } from '../../i18n/format';
import { Segmented } from '../../components/Segmented';
import { ChartCard } from '../../components/ChartCard';
import { imageDrawing } from '../../export/imageDrawing';
import type { LegendItem } from '../../components/chartTypes';
import { brandIds } from '../../data/catalogue';
import { largestCapacity } from '../../data/capacity';
import { plantTenures } from '../../data/plantTenure';
import type { Dataset } from '../../data/schema';
import { MAP_REGIONS, selectComparedYear, selectCursor, useFilters } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { compareSpan, drawnYear } from '../../state/time';
import { useTheme } from '../../theme/useTheme';
import { shortCity } from '../../data/shortCity';
import { allianceBrands, notCountedNotes, plantsSummary, rankedGroups, regionLabel } from './model';
import { PlantsMap } from './PlantsMap';
import { PlantsImage } from './PlantsSvg';
import { useWorldAtlas } from './useWorldAtlas';
import { RankedList } from './RankedList';
import { rankedLines } from './rankedText';
import { TargetList } from './TargetList';
import { capacityTargetLines, capacityTargets, capacityTargetsSummary } from './targets';
import './plants.css';
import { joinSentences } from '../../i18n/joinList';
import { reimportable } from '../../lib/reimportable';

// The table is built when asked for (TableSource): its code and words are fetched then, out of the first script.
const loadTable = reimportable(() => import(/* idle-prefetch */ './table'));

function RegionButtons() {
  const region = useFilters((s) => s.mapRegion);
  const setMapRegion = useFilters((s) => s.setMapRegion);
  const intl = useIntl();
  const options = MAP_REGIONS.map((value) => ({ value, label: regionLabel(value, intl) }));
  return <Segmented label={intl.formatMessage({ id: 'plants.region.label' })} options={options} value={region} onChange={setMapRegion} />;
}

/** Plant capacity map: a symbol per plant sized by annual capacity, coloured by brand, with a ranked list. */
export function PlantsView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { yearRange, brands, mapRegion: region } = choices;
  const at = selectCursor(choices);
  const vs = selectComparedYear(choices);
  const { highlighted, onHighlight, picked, onOpenSource: openSource } = useMarkLinks();
  const recordIndex = picked?.key === 'plants' ? picked.index : null;
  const theme = useTheme();
  const intl = useIntl();
  const f = formatsOf(intl);
  const plants = dataset.plants;
  const allBrands = useMemo(() => brandIds(dataset), [dataset]);
  const tenures = useMemo(() => plantTenures(dataset.plants, dataset.companies, dataset.ownership), [dataset]);
  // Comparing draws the later of the two years, as the ownership diagram does, with the plants opened since the earlier ringed.
  const filters = useMemo(() => ({ yearRange, brands, allBrands, at: drawnYear(at, vs), compare: compareSpan(at, vs), tenures }), [yearRange, brands, allBrands, at, vs, tenures]);
  const notCounted = useMemo(() => notCountedNotes(plants, filters, intl), [plants, filters, intl]);
  const targets = useMemo(() => capacityTargets(dataset, yearRange), [dataset, yearRange]);
  const summary = useMemo(() => joinSentences([plantsSummary(plants, filters, intl), capacityTargetsSummary(targets, intl)], intl), [plants, filters, targets, intl]);
  const table = useCallback(() => loadTable().then((m) => m.plantsTable(plants, filters, intl, targets)), [plants, filters, targets, intl]);
  const groups = useMemo(() => rankedGroups(plants, filters), [plants, filters]);
  const figures = useMemo(() => [...rankedLines(groups, intl), ...capacityTargetLines(targets, intl)], [groups, targets, intl]);
  const largest = useMemo(() => largestCapacity(plants), [plants]);
  const sourceIds = useMemo(() => [...new Set([...plants.map((p) => p.source), ...targets.map((t) => t.source)])], [plants, targets]);
  // Brands that colour at least one plant (a plant's first Alliance brand).
  const legend = useMemo<LegendItem[]>(() => {
    const colouring = new Set(plants.map((p) => allianceBrands(p, allBrands)[0]));
    return allBrands.filter((b) => colouring.has(b)).map((b) => ({ key: b, label: b, color: brandColour(theme, b), brand: b, symbol: 'circle' }));
  }, [plants, allBrands, theme]);
  const endYear = filters.at;
  const noPeriod = useMemo(() => plants.filter((p) => p.capacities.some((c) => c.period === null)).map((p) => shortCity(p.city)), [plants]);
  const footnotes = useMemo(() => [
    intl.formatMessage({ id: 'plants.footnote.area' }),
    intl.formatMessage({ id: 'plants.footnote.figure' }, { year: endYear }),
    ...notCounted,
    ...(noPeriod.length ? [intl.formatMessage({ id: 'plants.footnote.noPeriod' }, { cities: f.list(noPeriod) })] : []),
    intl.formatMessage({ id: 'plants.footnote.faded' }),
    intl.formatMessage({ id: 'plants.footnote.colour' }),
    // Zooming moves the map only; saying so keeps a reader from taking the list for that region's plants.
    ...(region === 'world' ? [] : [intl.formatMessage({ id: 'plants.footnote.zoomed' }, { region: regionLabel(region, intl) })]),
  ], [endYear, notCounted, region, noPeriod, intl, f]);

  const countries = useWorldAtlas().data;
  const drawing = useMemo(
    () => imageDrawing((width, imageTheme) => <PlantsImage plants={plants} filters={filters} region={region} countries={countries} width={width} theme={imageTheme} />, intl),
    [plants, filters, region, countries, intl],
  );

  return (
    <ChartCard
      chart="plants"
      asOf
      title={intl.formatMessage({ id: 'plants.title' })}
      subtitle={filters.compare ? intl.formatMessage({ id: 'plants.subtitle.compare' }, { from: filters.compare[0], to: filters.compare[1] }) : intl.formatMessage({ id: 'plants.subtitle' }, { year: filters.at })}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      exportFigures={figures}
      controls={<RegionButtons />}
      drawing={drawing}
      emptyMessage={groups.length === 0 ? (notCounted[0] ?? intl.formatMessage({ id: 'plants.empty' }, { brands: f.list(legend.map((l) => l.label), 'or') })) : null}
    >
      <PlantsMap
        plants={plants}
        sources={dataset.sources}
        filters={filters}
        region={region}
        highlighted={highlighted}
        recordIndex={recordIndex}
        onHighlight={onHighlight}
        onOpenSource={openSource}
      />
      <RankedList groups={groups} largest={largest} theme={theme} onOpenSource={openSource} />
      <TargetList targets={targets} onOpenSource={openSource} />
    </ChartCard>
  );
}
