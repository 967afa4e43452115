import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { ChartCard } from '../../components/ChartCard';
import type { LegendItem } from '../../components/chartTypes';
import { imageDrawing } from '../../export/imageDrawing';
import type { Dataset } from '../../data/schema';
import { indexById } from '../../data/indexById';
import { selectComparedYear, selectCursor, useFilters } from '../../state/filters';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { evCursor, evCursorSummary } from './cursor';
import { useTheme } from '../../theme/useTheme';
import { EvChart } from './EvChart';
import { EvImage } from './EvSvg';
import { ScaleToggle } from './ScaleToggle';
import { evBrands, evDataExtent, evFootnotes, evLines, evMarkers, evSourceIds, evSummary, evWindow } from './model';
import { evTargets, evTargetSummary } from './targets';
import './ev.css';
import { joinSentences } from '../../i18n/joinList';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { formatsOf } from '../../i18n/format';
import { reimportable } from '../../lib/reimportable';

// The table is built when asked for (TableSource), and two years compared is a reader's later step: their code
// and words are fetched then, out of the first script.
const loadTable = reimportable(() => import(/* idle-prefetch */ './table'));
const loadCompare = loadOnce(reimportable(() => import(/* idle-prefetch */ './compare')));

/** Cumulative EV sales of the Alliance, its brands and models, 2009–2021, from reported milestones. */
export function EvView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { brands, yearRange, evScale } = choices;
  const at = selectCursor(choices);
  const vs = selectComparedYear(choices);
  const { highlighted, onHighlight, picked, onOpenSource: openSource } = useMarkLinks();
  // The toggle shows the store's choice at once; the chart draws the deferred one (see drawnChoices).
  const pressedScale = useFilters((s) => s.evScale);
  const setEvScale = useFilters((s) => s.setEvScale);
  const theme = useTheme();
  const intl = useIntl();
  const f = formatsOf(intl);
  const months = useMemo(() => evWindow(dataset, yearRange), [dataset, yearRange]);
  const lines = useMemo(() => evLines(dataset, brands, months, intl), [dataset, brands, months, intl]);
  const markers = useMemo(() => evMarkers(dataset, brands, months, intl), [dataset, brands, months, intl]);
  // Drawn beside the line they are measured against, so only while that line is.
  const targets = useMemo(() => evTargets(dataset, months).filter((t) => lines.some((l) => l.seriesId === t.seriesId)), [dataset, months, lines]);
  const table = useCallback(() => loadTable().then((m) => m.evTable(lines, intl, targets, markers)), [lines, intl, targets, markers]);
  const cursor = useMemo(() => evCursor(lines, months, at, intl, vs), [lines, months, at, intl, vs]);
  const compare = useLoaded(loadCompare, vs !== null);
  const summary = useMemo(() => {
    // Two years compared where a line moved between them; else why none did, if compared, and the cursor's own reading.
    const comparison = compare?.evComparison(cursor, intl);
    const cursorSentences = comparison?.moved ? [comparison.sentence] : [comparison?.sentence ?? '', evCursorSummary(cursor, months, intl)];
    return joinSentences([evSummary(lines, markers, dataset.evLaunches, yearRange, intl), ...cursorSentences, evTargetSummary(targets, intl)], intl);
  }, [lines, markers, dataset.evLaunches, yearRange, cursor, compare, months, targets, intl]);
  const footnotes = useMemo(() => evFootnotes(lines, months, intl), [lines, months, intl]);
  const sourceIds = useMemo(() => [...new Set([...evSourceIds(lines, markers), ...targets.map((t) => t.source)])], [lines, markers, targets]);
  const hasProduction = lines.some((l) => l.measure === 'production');
  const legend = useMemo((): LegendItem[] => [
    { key: 'alliance', label: intl.formatMessage({ id: 'ev.legend.alliance' }), color: theme.alliance, symbol: 'line' },
    ...evBrands(dataset).map((brand): LegendItem => ({ key: brand, label: brand, color: brandColour(theme, brand), brand, symbol: 'line' })),
    ...(hasProduction ? [{ key: 'production', label: intl.formatMessage({ id: 'ev.legend.production' }), color: theme.muted, symbol: 'hollow' } as const] : []),
    ...(targets.length ? [{ key: 'target', label: intl.formatMessage({ id: 'ev.legend.target' }), color: theme.alliance, symbol: 'dashed' } as const] : []),
  ], [dataset, theme, hasProduction, targets.length, intl]);

  // Scans every milestone and launch: once per dataset, not on every filter change.
  const extent = useMemo(() => evDataExtent(dataset), [dataset]);
  const years = f.yearSpan(yearRange);
  const emptyMessage = extent
    ? intl.formatMessage({ id: 'ev.emptyWithSpan' }, { years, start: f.monthLong(extent.start), end: f.monthLong(extent.end) })
    : intl.formatMessage({ id: 'ev.empty' }, { years });
  const isEmpty = !months || (lines.length === 0 && markers.length === 0);

  const drawing = useMemo(
    () => imageDrawing((width, imageTheme, room) =>
      months ? <EvImage lines={lines} markers={markers} months={months} scale={evScale} cursor={cursor} targets={targets} width={width} theme={imageTheme} room={room} /> : null, intl),
    [lines, markers, months, evScale, cursor, targets, intl],
  );

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
      controls={<ScaleToggle scale={pressedScale} onScale={setEvScale} />}
      emptyMessage={isEmpty ? emptyMessage : null}
      dataYears={extent ? [Math.floor(extent.start / 12), Math.floor(extent.end / 12)] : null}
      drawing={drawing}
    >
      {months && (
        <EvChart
          lines={lines}
          markers={markers}
          targets={targets}
          months={months}
          scale={evScale}
          sourcesById={indexById(dataset.sources)}
          cursor={cursor}
          highlighted={highlighted}
          picked={picked}
          onHighlight={onHighlight}
          onOpenSource={openSource}
        />
      )}
    </ChartCard>
  );
}
