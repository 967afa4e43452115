import { brandColour } from '../../theme/tokens';
import { useMemo } from 'react';
import { yearSpan } from '../../components/format';
import { ChartCard } from '../../components/ChartCard';
import type { LegendItem } from '../../components/chartTypes';
import type { Dataset } from '../../data/schema';
import { selectCursor } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { evCursor } from './cursor';
import { useTheme } from '../../theme/useTheme';
import { EvChart } from './EvChart';
import { ScaleToggle } from './ScaleToggle';
import { monthLong } from './format';
import { evBrands, evDataExtent, evFootnotes, evLines, evMarkers, evSourceIds, evSummary, evWindow } from './model';
import { evTable } from './table';
import { evTargets, evTargetSummary } from './targets';
import './ev.css';

const TITLE = 'Electric vehicles: cumulative sales';

/** Cumulative EV sales of the Alliance, its brands and models, 2009–2021, from reported milestones. */
export function EvView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { brands, yearRange, evScale } = choices;
  const at = selectCursor(choices);
  const { highlighted, onHighlight: setHighlightedBrand, picked, onOpenSource: openSource } = useMarkLinks();
  const theme = useTheme();
  const months = useMemo(() => evWindow(dataset, yearRange), [dataset, yearRange]);
  const lines = useMemo(() => evLines(dataset, brands, months), [dataset, brands, months]);
  const markers = useMemo(() => evMarkers(dataset, brands, months), [dataset, brands, months]);
  // Drawn beside the line they are measured against, so only while that line is.
  const targets = useMemo(() => evTargets(dataset, months).filter((t) => lines.some((l) => l.seriesId === t.seriesId)), [dataset, months, lines]);
  const table = useMemo(() => evTable(lines, targets), [lines, targets]);
  const cursor = useMemo(() => evCursor(lines, months, at), [lines, months, at]);
  const summary = useMemo(
    () => [evSummary(lines, markers, dataset.evLaunches, yearRange), evTargetSummary(targets)].filter(Boolean).join(' '),
    [lines, markers, dataset.evLaunches, yearRange, targets],
  );
  const footnotes = useMemo(() => evFootnotes(lines, months), [lines, months]);
  const sourceIds = useMemo(() => [...new Set([...evSourceIds(lines, markers), ...targets.map((t) => t.source)])], [lines, markers, targets]);
  const hasProduction = lines.some((l) => l.measure === 'production');
  const legend = useMemo((): LegendItem[] => [
    { key: 'alliance', label: 'Alliance-wide', color: theme.alliance, symbol: 'line' },
    ...evBrands(dataset).map((brand): LegendItem => ({ key: brand, label: brand, color: brandColour(theme, brand), brand, symbol: 'line' })),
    ...(hasProduction ? [{ key: 'production', label: 'Production', color: theme.muted, symbol: 'hollow' } as const] : []),
    ...(targets.length ? [{ key: 'target', label: 'Target (planned)', color: theme.alliance, symbol: 'dashed' } as const] : []),
  ], [dataset, theme, hasProduction, targets.length]);

  // Scans every milestone and launch: once per dataset, not on every filter change.
  const extent = useMemo(() => evDataExtent(dataset), [dataset]);
  const span = extent ? ` The data runs from ${monthLong(extent.start)} to ${monthLong(extent.end)}.` : '';
  const isEmpty = !months || (lines.length === 0 && markers.length === 0);

  return (
    <ChartCard
      chart="ev"
      title={TITLE}
      subtitle="Cumulative units since launch, at the dates sources report each milestone passed"
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={isEmpty ? [] : footnotes}
      controls={<ScaleToggle />}
      emptyMessage={isEmpty ? `No electric-vehicle milestone, launch or event falls in ${yearSpan(yearRange)}.${span}` : null}
      dataYears={extent ? [Math.floor(extent.start / 12), Math.floor(extent.end / 12)] : null}
    >
      {months && (
        <EvChart
          lines={lines}
          markers={markers}
          targets={targets}
          months={months}
          scale={evScale}
          sources={dataset.sources}
          cursor={cursor}
          highlighted={highlighted}
          picked={picked}
          onHighlight={setHighlightedBrand}
          onOpenSource={openSource}
        />
      )}
    </ChartCard>
  );
}
