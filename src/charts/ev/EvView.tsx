import { brandColour } from '../../theme/tokens';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
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
import { formatsOf } from './format';
import { evBrands, evDataExtent, evFootnotes, evLines, evMarkers, evSourceIds, evSummary, evWindow } from './model';
import { evTable } from './table';
import './ev.css';

/** Cumulative EV sales of the Alliance, its brands and models, 2009–2021, from reported milestones. */
export function EvView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { brands, yearRange, evScale } = choices;
  const at = selectCursor(choices);
  const { highlighted, onHighlight: setHighlightedBrand, picked, onOpenSource: openSource } = useMarkLinks();
  const theme = useTheme();
  const intl = useIntl();
  const f = formatsOf(intl);
  const months = useMemo(() => evWindow(dataset, yearRange), [dataset, yearRange]);
  const lines = useMemo(() => evLines(dataset, brands, months, intl), [dataset, brands, months, intl]);
  const markers = useMemo(() => evMarkers(dataset, brands, months, intl), [dataset, brands, months, intl]);
  const table = useMemo(() => evTable(lines, intl), [lines, intl]);
  const cursor = useMemo(() => evCursor(lines, months, at, intl), [lines, months, at, intl]);
  const summary = useMemo(() => evSummary(lines, markers, dataset.evLaunches, yearRange, intl), [lines, markers, dataset.evLaunches, yearRange, intl]);
  const footnotes = useMemo(() => evFootnotes(lines, months, intl), [lines, months, intl]);
  const sourceIds = useMemo(() => evSourceIds(lines, markers), [lines, markers]);
  const hasProduction = lines.some((l) => l.measure === 'production');
  const legend = useMemo((): LegendItem[] => [
    { key: 'alliance', label: intl.formatMessage({ id: 'ev.legend.alliance' }), color: theme.alliance, symbol: 'line' },
    ...evBrands(dataset).map((brand): LegendItem => ({ key: brand, label: brand, color: brandColour(theme, brand), brand, symbol: 'line' })),
    ...(hasProduction ? [{ key: 'production', label: intl.formatMessage({ id: 'ev.legend.production' }), color: theme.muted, symbol: 'hollow' } as const] : []),
  ], [dataset, theme, hasProduction, intl]);

  // Scans every milestone and launch: once per dataset, not on every filter change.
  const extent = useMemo(() => evDataExtent(dataset), [dataset]);
  const years = f.yearSpan(yearRange);
  const emptyMessage = extent
    ? intl.formatMessage({ id: 'ev.emptyWithSpan' }, { years, start: f.monthLong(extent.start), end: f.monthLong(extent.end) })
    : intl.formatMessage({ id: 'ev.empty' }, { years });
  const isEmpty = !months || (lines.length === 0 && markers.length === 0);

  return (
    <ChartCard
      chart="ev"
      title={intl.formatMessage({ id: 'ev.title' })}
      subtitle={intl.formatMessage({ id: 'ev.subtitle' })}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={isEmpty ? [] : footnotes}
      controls={<ScaleToggle />}
      emptyMessage={isEmpty ? emptyMessage : null}
      dataYears={extent ? [Math.floor(extent.start / 12), Math.floor(extent.end / 12)] : null}
    >
      {months && (
        <EvChart
          lines={lines}
          markers={markers}
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
