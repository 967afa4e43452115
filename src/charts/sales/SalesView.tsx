import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useShallow } from 'zustand/react/shallow';
import type { LegendItem } from '../../components/chartTypes';
import { ChartCard } from '../../components/ChartCard';
import { imageDrawing } from '../../export/imageDrawing';
import { brandIds } from '../../data/catalogue';
import type { Dataset } from '../../data/schema';
import { indexById } from '../../data/indexById';
import { selectComparedYear, selectCursor, useFilters } from '../../state/filters';
import { compareSpan } from '../../state/time';
import { joinSentences } from '../../i18n/joinList';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { useDrawnChoices } from '../../state/drawnChoices';
import { useMarkLinks } from '../../state/useMarkLinks';
import { useTheme } from '../../theme/useTheme';
import {
  hiddenBrandsWithFigures,
  salesChartRows,
  salesEmptyMessage,
  salesFootnotes,
  salesSummary,
  salesTableSpan,
  salesTarget,
  salesValueAxis,
  salesYears,
} from './model';
import { targetYearValues } from '../../data/targetYear';
import { LazySalesChart } from './LazySalesChart';
import { SalesControls } from './SalesControls';
import { SalesImage } from './SalesStaticSvg';
import { drawnPart, hasRest } from './drawnPart';
import './sales.css';
import { reimportable } from '../../lib/reimportable';

// The page's start waits for the interactive chart through this chunk (views.ts: drawnLater).
export { loadSalesChart } from './loadSalesChart';

// The table is built when asked for (TableSource), and two years compared is a reader's later step: their code
// and words are fetched then, out of the first script.
const loadTable = reimportable(() => import(/* idle-prefetch */ './table'));
const loadCompare = loadOnce(reimportable(() => import(/* idle-prefetch */ './compare')));

/** Units sold per brand per year (the years the dataset has), stacked or grouped, as units or share of the Alliance total. */
export function SalesView({ dataset }: { dataset: Dataset }) {
  const choices = useDrawnChoices();
  const { yearRange, brands, salesMode: mode, salesLayout: layout } = choices;
  const at = selectCursor(choices);
  const vs = selectComparedYear(choices);
  const setAt = useFilters((s) => s.setAt);
  // The toggles show the store's choice at once; the chart draws the deferred one (see drawnChoices).
  const pressed = useFilters(useShallow((s) => ({ mode: s.salesMode, layout: s.salesLayout })));
  const setSalesMode = useFilters((s) => s.setSalesMode);
  const setSalesLayout = useFilters((s) => s.setSalesLayout);
  const { highlighted, onHighlight, picked, onOpenSource } = useMarkLinks();
  const theme = useTheme();
  const intl = useIntl();
  const years = useMemo(() => salesYears(dataset, { yearRange, brands }), [dataset, yearRange, brands]);
  const hiddenBrands = useMemo(() => hiddenBrandsWithFigures(dataset, { yearRange, brands }), [dataset, yearRange, brands]);
  const target = useMemo(() => salesTarget(dataset, yearRange, mode, layout, years.map((y) => y.year)), [dataset, yearRange, mode, layout, years]);
  const drawn = useMemo(() => drawnPart(years, brands), [years, brands]);
  const rows = useMemo(() => salesChartRows(drawn.years, mode, layout), [drawn, mode, layout]);
  const axis = useMemo(() => salesValueAxis(rows, mode, layout, target?.units ?? null), [rows, mode, layout, target]);
  const compare = useLoaded(loadCompare, vs !== null);
  // The cursor counts here only while comparing: a cursor moved without a comparison (Play) rewrites neither
  // the summary nor the legend.
  const comparedAt = vs === null ? null : at;
  const comparison = useMemo(
    () => (compare && comparedAt !== null ? { sentence: compare.salesComparison(dataset, drawn.years, compareSpan(comparedAt, vs), intl), key: compare.salesCompareKey(years, comparedAt, vs, theme, intl) } : null),
    [compare, dataset, years, drawn, comparedAt, vs, theme, intl],
  );
  const summary = useMemo(
    () => joinSentences([salesSummary(years, hiddenBrands.length > 0, intl), comparison?.sentence ?? ''], intl),
    [years, hiddenBrands, comparison, intl],
  );
  const footnotes = useMemo(() => salesFootnotes(drawn.years, hiddenBrands, mode, layout, intl, { drawn: drawn.brands.length, folded: drawn.folded }), [drawn, hiddenBrands, mode, layout, intl]);
  const table = useCallback(() => loadTable().then((m) => m.salesTable(years, intl)), [years, intl]);
  const emptyMessage = useMemo(() => salesEmptyMessage(dataset, { yearRange, brands }, years, intl), [dataset, yearRange, brands, years, intl]);
  const tableSpan = useMemo(() => salesTableSpan(dataset), [dataset]);
  const sourcesById = indexById(dataset.sources);
  const sourceIds = useMemo(
    () => [...new Set([...years.flatMap((y) => [y.totalSource, ...y.cells.map((c) => c.source)]), ...(target ? [target.source] : [])])],
    [years, target],
  );
  const legend = useMemo<LegendItem[]>(
    () => [
      // With brands folded into the grey rest, the legend keys the bars drawn; the filter bar still lists every brand.
      ...(drawn.folded ? drawn.brands : brandIds(dataset)).map((brand) => ({ key: brand, label: brand, color: brandColour(theme, brand), brand })),
      // Grouped bars carry the total as a labelled row above the plot, which needs no key.
      ...(layout === 'stacked' && hasRest(rows) ? [{ key: 'others', label: intl.formatMessage({ id: drawn.folded ? 'sales.legend.rest' : 'sales.legend.others' }), color: theme.rest }] : []),
      ...(layout === 'stacked' ? [{ key: 'total', label: intl.formatMessage({ id: 'sales.legend.total' }), color: theme.alliance, symbol: 'line' as const }] : []),
      ...(target ? [{ key: 'target', label: intl.formatMessage({ id: 'sales.legend.target' }, targetYearValues(target)), color: theme.alliance, symbol: 'dashed' as const }] : []),
      ...(comparison?.key ?? []),
    ],
    [dataset, theme, layout, target, rows, drawn, comparison, intl],
  );

  const drawing = useMemo(
    () => imageDrawing((width, imageTheme, room) => <SalesImage rows={rows} axis={axis} target={target} brands={drawn.brands} mode={mode} layout={layout} at={at} vs={vs} width={width} theme={imageTheme} room={room} />, intl),
    [rows, axis, drawn, target, layout, at, vs, mode, intl],
  );

  return (
    <ChartCard
      chart="sales"
      title={intl.formatMessage({ id: 'sales.title' })}
      subtitle={intl.formatMessage({ id: mode === 'units' ? 'sales.subtitle.units' : 'sales.subtitle.share' })}
      summary={summary}
      table={table}
      sourceIds={sourceIds}
      legend={legend}
      footnotes={footnotes}
      controls={<SalesControls mode={pressed.mode} layout={pressed.layout} onMode={setSalesMode} onLayout={setSalesLayout} />}
      emptyMessage={emptyMessage}
      dataYears={tableSpan}
      drawing={drawing}
    >
      <LazySalesChart
        years={drawn.years}
        rows={rows}
        axis={axis}
        target={target}
        brands={drawn.brands}
        mode={mode}
        layout={layout}
        hiddenBrands={hiddenBrands}
        sourcesById={sourcesById}
        at={at}
        vs={vs}
        onSelectYear={setAt}
        highlighted={highlighted}
        onHighlight={onHighlight}
        picked={picked}
        onOpenSource={onOpenSource}
      />
    </ChartCard>
  );
}
