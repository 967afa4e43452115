import { FormattedMessage, useIntl } from 'react-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { indexById } from '../data/indexById';
import type { Source } from '../data/schema';
import { sourceTitle, type SourcesById } from '../data/sourceIndex';
import { useDataset } from '../data/useDataset';
import { drawnYears, filterLine, sourceLine } from '../export/describe';
import { registerChartImage } from '../export/registry';
import type { ChartDrawing, ExportParts } from '../export/svg';
import { selectComparedYear, selectCursor, useFilters, type YearRange } from '../state/filters';
import { compareSpan } from '../state/time';
import { useDrawnChoices } from '../state/drawnChoices';
import { useTheme } from '../theme/useTheme';
import { cardTitleId, type ChartId, type ChartTable, type LegendItem, type TableSource } from './chartTypes';
import { emptyAction } from './emptyAction';
import { EmbedCredit } from './EmbedCredit';
import { cursorNote } from './cursorNote';
import { EmptyState } from './EmptyState';
import { ExportButtons } from './ExportButtons';
import { Legend } from './Legend';
import { usePageMode } from './pageModeContext';
import { dataTable, exportDialog, OnDemand } from './onDemand';
import { ShareMenu } from './ShareMenu';
import { SourceList } from './SourceList';
import { useChartExport } from './useChartExport';
import { useDocumentTitle } from './useDocumentTitle';
import { RovingMarks } from './rovingMarks';
import { ShowAllButton, useShowAll } from './useShowAll';

export interface ChartCardProps {
  chart: ChartId;
  title: string;
  subtitle?: string;
  /** One or two sentences computed from the data as filtered. */
  summary: string;
  /** The rows behind the chart: its table view and its CSV. */
  table: TableSource;
  /** Ids of the sources this chart draws on, in citation order. */
  sourceIds: readonly string[];
  legend?: readonly LegendItem[];
  footnotes?: readonly string[];
  /** Figures the card shows outside its SVG (the plants' ranked list), written into exported images as text. */
  exportFigures?: readonly string[];
  /** View options (toggles) shown above the chart. */
  controls?: ReactNode;
  /** Shown instead of the chart when nothing matches the filter. */
  emptyMessage?: string | null;
  /** The years the view has data for: an empty card whose range misses them offers a button to show them. */
  dataYears?: YearRange | null;
  /**
   * The chart draws one year, the cursor's (while comparing, the two years), not the filter's span (ownership,
   * plants): its image and its page's title name that year.
   */
  asOf?: boolean;
  /** The chart for images, drawn from the same model as `children` at any width and theme. */
  drawing: ChartDrawing;
  children: ReactNode;
}

/** The table as people read it: source ids (kept in the CSV) shown as the sources' titles. */
function tableWithSourceTitles(table: ChartTable, sourcesById: SourcesById): ChartTable {
  return { ...table, rows: table.rows.map((row) => (typeof row.source === 'string' ? { ...row, source: sourceTitle(sourcesById, row.source) } : row)) };
}

// Shared empty defaults: a fresh [] per render would re-run the memos and the export registration below.
const NO_LEGEND: readonly LegendItem[] = [];
const NO_FOOTNOTES: readonly string[] = [];
/** Notes under a chart before "Show all": the real file's charts have up to four; a grown one's, dozens. */
const NOTES_SHOWN = 8;
/** While the dataset loads: one list, so its index is built once. */
const NO_SOURCES: readonly Source[] = [];

/** The shell every view shares: title, controls, legend, chart, summary, sources, export and table. */
export function ChartCard(props: ChartCardProps) {
  const { chart, title, subtitle, summary, table, sourceIds, legend = NO_LEGEND, footnotes = NO_FOOTNOTES, exportFigures = NO_FOOTNOTES, controls, emptyMessage, dataYears = null, asOf = false, drawing, children } = props;
  const bodyRef = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  const [isTableShown, setTableShown] = useState(false);
  const notes = useShowAll(footnotes.length, NOTES_SHOWN);
  const theme = useTheme();
  // What the card's chart draws (one step behind the store while a change is drawn), so its caption matches.
  const { yearRange, brands, at, vs } = useDrawnChoices();
  const allBrands = useFilters((s) => s.domain.brands);
  const dataset = useDataset().data;
  // By Map, not Array.find per id: a grown dataset has thousands of sources and a card cites hundreds.
  const sourcesById = indexById(dataset?.sources ?? NO_SOURCES);
  const sources = useMemo(() => sourceIds.flatMap((id) => sourcesById.get(id) ?? []), [sourceIds, sourcesById]);
  const { chart: pageChart, isEmbed } = usePageMode();
  const Title = isEmbed ? 'h1' : 'h2';
  // The image and the page title name the years drawn, not a wider filter (EV data runs 2009–2021).
  const drawn = useMemo(() => drawnYears(yearRange, dataYears) ?? yearRange, [yearRange, dataYears]);
  // The cursor is in the image's words only while comparing: moved without a comparison (Play), it leaves the parts be.
  const compared = selectComparedYear({ yearRange, at, vs });
  const comparedAt = compared === null ? null : at;
  const cursor = selectCursor({ yearRange, at });
  // An as-of chart's image names its year (while comparing, the compared line names the two); its page title, the years.
  const captionYears = useMemo((): YearRange | null => (!asOf ? drawn : compared === null ? [cursor, cursor] : null), [asOf, drawn, compared, cursor]);
  useDocumentTitle(pageChart === chart ? { title, years: captionYears ?? compareSpan(cursor, compared) ?? drawn } : null);
  // Made when first asked for (an export, the dashboard image, the export dialog, an embed's credit line), not on
  // each render: the source line cites every source the card does (hundreds in a grown dataset: 5–10 ms of the
  // realistic 100× file's first chart, and again on each filter change).
  const partsOf = useMemo(() => {
    let made: ExportParts | null = null;
    return (): ExportParts => (made ??= {
      title,
      subtitle,
      // An exported image shows only what is drawn: brands filtered out leave the legend.
      legend: legend.filter((item) => !item.brand || brands.includes(item.brand)),
      theme,
      filterLine: filterLine({ yearRange, brands, at: comparedAt, vs: compared }, allBrands, intl, captionYears),
      sourceLine: sourceLine(sources, intl),
      notes: emptyMessage ? [] : footnotes,
      figures: emptyMessage ? [] : exportFigures,
    });
  }, [title, subtitle, legend, theme, yearRange, captionYears, brands, comparedAt, compared, allBrands, sources, footnotes, exportFigures, emptyMessage, intl]);
  // "As on screen": the width the card gives its chart now.
  const screenWidth = useCallback(() => bodyRef.current?.clientWidth || 640, []);
  // Files are named for the years drawn, as the image's filter line says, and the year the chart stands at.
  // The cursor and compared year are read when a file is written (useChartExport): a cursor moving (Play, a drag)
  // leaves the export actions be, as it leaves the parts.
  const topic = useMemo(() => ({ chart, drawn, brands, allBrands, asOf }), [chart, drawn, brands, allBrands, asOf]);
  const exporter = useChartExport({ drawing: emptyMessage ? null : drawing, screenWidth, parts: partsOf, table, topic, sourcesById });
  const [dialogWidth, setDialogWidth] = useState<number | null>(null);
  const exportOpener = useRef<HTMLElement | null>(null);
  const openDialog = () => {
    exportOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialogWidth(screenWidth());
  };
  const closeDialog = () => {
    setDialogWidth(null);
    exportOpener.current?.focus();
  };
  useEffect(
    () => registerChartImage(chart, () => (emptyMessage ? null : { drawing, chartWidth: screenWidth(), parts: partsOf() })),
    [chart, partsOf, drawing, emptyMessage, screenWidth],
  );
  // Built while it is shown, again as the filter changes (a transition: the rows shown stay until the new ones are in).
  const shownTable = useMemo(() => (isTableShown ? table().then((rows) => tableWithSourceTitles(rows, sourcesById)) : null), [isTableShown, table, sourcesById]);
  const outside = emptyMessage ? null : cursorNote({ at, vs, yearRange }, dataYears, intl);
  const titleId = cardTitleId(chart);
  const summaryId = `${chart}-summary`;

  return (
    <figure className="card" data-chart={chart} aria-labelledby={titleId} aria-describedby={`${summaryId} ${chart}-keys`}>
      <figcaption className="card-head">
        {/* An embed has no dashboard header: its chart's title is the page's one h1. */}
        <Title id={titleId} className="card-title" tabIndex={-1}>{title}</Title>
        {subtitle && <p className="card-subtitle">{subtitle}</p>}
      </figcaption>
      {((controls && !isEmbed) || legend.length > 0) && (
        <div className="card-toolbar">
          {controls && !isEmbed && <div className="card-controls">{controls}</div>}
          {legend.length > 0 && <Legend items={legend} label={intl.formatMessage({ id: 'export.legend' }, { title })} />}
        </div>
      )}
      <RovingMarks className="card-body" ref={bodyRef}>
        {/* An empty card says why in one place: the message stands in for summary and footnotes. */}
        {emptyMessage ? <EmptyState id={summaryId} message={emptyMessage} action={emptyAction({ yearRange, brands }, dataYears, allBrands, intl)} focusAfter={titleId} /> : children}
      </RovingMarks>
      {/* Under the chart, not over it: the chart does not move as Play walks the cursor in and out of its years. */}
      {outside && !isEmbed && <p className="card-cursor-note">{outside}</p>}
      <p id={`${chart}-keys`} className="visually-hidden">
        <FormattedMessage id="export.keys" />
      </p>
      {/* An embed keeps the summary for screen readers only: its chrome is the chart, legend, notes and credit. */}
      {!emptyMessage && <p id={summaryId} className={isEmbed ? 'visually-hidden' : 'card-summary'}>{summary}</p>}
      {/* An embed keeps them too: they say what a figure leaves out or infers, wherever the chart goes. */}
      {!emptyMessage && footnotes.length > 0 && (
        <ul className="footnotes">
          {notes.cap(footnotes).map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      {!emptyMessage && <ShowAllButton what="notes" count={footnotes.length} className="footnotes-more" list={notes} />}
      {isEmbed ? (
        <EmbedCredit chart={chart} sourceLine={partsOf().sourceLine} />
      ) : (
        <>
          <footer className="card-foot">
            <SourceList sources={sources} />
            <ExportButtons
              busy={exporter.busy}
              canExportImage={!emptyMessage}
              onExport={exporter.run}
              onOpenDialog={openDialog}
              isTableShown={isTableShown}
              onToggleTable={() => setTableShown((shown) => !shown)}
            >
              <ShareMenu chart={chart} title={title} />
            </ExportButtons>
          </footer>
          {exporter.error && <p className="inline-error" role="alert"><FormattedMessage id="errors.export" values={{ message: exporter.error }} /></p>}
          {shownTable && <OnDemand code={dataTable} props={{ table: shownTable }} onDismiss={() => setTableShown(false)} />}
          {dialogWidth !== null && (
            <OnDemand
              code={exportDialog}
              props={{ title, parts: partsOf(), screenChartWidth: dialogWidth, drawing: emptyMessage ? null : drawing, onExport: exporter.download, onClose: closeDialog }}
              onDismiss={closeDialog}
            />
          )}
        </>
      )}
    </figure>
  );
}
