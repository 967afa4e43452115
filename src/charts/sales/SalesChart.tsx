import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, ZIndexLayer, DefaultZIndexes } from 'recharts';
import type { RecordRef } from '../../data/provenance';
import type { Brand } from '../../data/schema';
import type { SalesLayout, SalesMode } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import { SalesChartContext, type SalesAnchor } from './chartContext';
import { formatAxisValue, salesChartLabel } from './format';
import type { SalesAxis, SalesChartRow, SalesTarget, SalesYear } from './model';
import { GROUPED_BAR_GAP, GROUPED_CATEGORY_GAP, GROUPED_MARGIN, GROUPED_MAX_BAR, isCompactWidth, SALES_MARGIN, salesChartHeight, STACKED_CATEGORY_GAP, STACKED_MAX_BAR, X_AXIS_HEIGHT, yAxisWidth } from './frame';
import { SalesMarks } from './SalesMarks';
import { SalesStaticSvg } from './SalesStaticSvg';
import { staticSalesLayout } from './staticLayout';
import { SalesSegment } from './SalesSegment';
import { SalesTooltip } from './SalesTooltip';
import { useIsHydrated } from '../../components/prerenderContext';
import { useElementWidth } from '../../components/useElementWidth';
import { useDismissOnTapElsewhere } from '../../components/usePinnedTooltip';
import { useUntabbableLayers } from './useUntabbableLayers';
import { YearTick } from './YearTick';

interface SalesChartProps {
  years: readonly SalesYear[];
  rows: SalesChartRow[];
  axis: SalesAxis;
  target: SalesTarget | null;
  /** Selected brands, each drawn as one Bar series. */
  brands: readonly Brand[];
  mode: SalesMode;
  layout: SalesLayout;
  hiddenBrands: readonly Brand[];
  sourceTitles: ReadonlyMap<string, string>;
  /** The cursor year, outlined. */
  at: number;
  /** Moves the cursor: a click on a year label or total. */
  onSelectYear: (year: number) => void;
  /** The brand emphasised in every view (null: none). */
  highlighted: Brand | null;
  /** Highlights a brand in every view (null: none): on hover, focus and tap, and when a tapped tooltip is dismissed. */
  onHighlight: (brand: Brand | null) => void;
  /** The record picked in the source panel. */
  picked: RecordRef | null;
  /** Opens a record's source: a click or Enter on a bar or the target line. */
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

const TOOLTIP_WIDTH = 236;
// One shape element per brand, kept across renders: a new element on every brand toggle would hand every Bar new props.
const SHAPES = new Map<Brand, ReturnType<typeof SalesSegment>>();
function shapeFor(brand: Brand) {
  const shape = SHAPES.get(brand) ?? <SalesSegment key={brand} brand={brand} />;
  SHAPES.set(brand, shape);
  return shape;
}

/** Beside the mark where it fits (right first), else left; on phone widths below the axis, so bars stay visible. */
function tooltipPosition(anchor: SalesAnchor, width: number, height: number, isCompact: boolean) {
  if (isCompact) {
    const centre = (anchor.left + anchor.right) / 2;
    return { left: Math.min(Math.max(0, centre - TOOLTIP_WIDTH / 2), Math.max(0, width - TOOLTIP_WIDTH)), top: height + 4 };
  }
  const fitsRight = anchor.right + 12 + TOOLTIP_WIDTH <= width;
  const left = fitsRight ? anchor.right + 12 : Math.max(0, anchor.left - 12 - TOOLTIP_WIDTH);
  return { left, top: Math.max(0, Math.min(anchor.top, height - 200)) };
}

/** Draws the bars, total marks, target and tooltip for rows the model has already computed. */
export function SalesChart({ years, rows, axis, target, brands, mode, layout, hiddenBrands, sourceTitles, at, onSelectYear, highlighted, onHighlight, picked, onOpenSource }: SalesChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  useUntabbableLayers(wrapRef);
  const theme = useTheme();
  const intl = useIntl();
  const [anchor, setAnchor] = useState<SalesAnchor | null>(null);
  const anchorRef = useRef<SalesAnchor | null>(null);
  const show = useCallback((next: SalesAnchor | null) => {
    anchorRef.current = next;
    setAnchor(next);
  }, []);
  const hide = useCallback(() => show(null), [show]);
  const current = useCallback(() => anchorRef.current, []);
  const yearsByYear = useMemo(() => new Map(years.map((y) => [y.year, y])), [years]);
  const context = useMemo(
    () => ({ yearsByYear, show, hide, current, highlighted, picked, onHighlight, onOpenSource }),
    [yearsByYear, show, hide, current, highlighted, picked, onHighlight, onOpenSource],
  );
  const dismiss = useCallback(() => {
    onHighlight(null);
    hide();
  }, [onHighlight, hide]);
  useDismissOnTapElsewhere(anchor?.onSource ? dismiss : null, '.sales-tooltip');
  // Recharts draws nothing on the server: the pre-rendered page and its hydration show the same chart as
  // static SVG (drawn from the same rows and axis), and Recharts takes over once mounted.
  const isStatic = !useIsHydrated();
  const isCompact = isCompactWidth(width);
  const height = salesChartHeight(isCompact);
  const isStacked = layout === 'stacked';
  const isShare = mode === 'share';
  const tick = useMemo(() => <YearTick compact={isCompact} at={at} onSelectYear={onSelectYear} />, [isCompact, at, onSelectYear]);
  const tickFormatter = useCallback((v: number) => formatAxisValue(v, isShare, intl), [isShare, intl]);
  // Recharts compares axis props by reference; objects made inline would re-register the axes on every filter change.
  const xAxisLine = useMemo(() => ({ stroke: theme.border }), [theme]);
  const yTick = useMemo(() => ({ fill: theme.muted, fontSize: isCompact ? 11 : 12 }), [theme, isCompact]);
  const anchored = anchor ? yearsByYear.get(anchor.year) : undefined;
  const label = salesChartLabel(brands, isStacked, isShare, intl);

  return (
    <div className="sales-chart" ref={wrapRef}>
      <SalesChartContext.Provider value={context}>
        {isStatic && <SalesStaticSvg layout={staticSalesLayout(rows, axis, brands, target, width, layout)} target={target} at={at} isShare={isShare} label={label} theme={theme} />}
        {!isStatic && width > 0 && (
          <BarChart
            width={width}
            height={height}
            data={rows}
            margin={isStacked ? SALES_MARGIN : GROUPED_MARGIN}
            barCategoryGap={`${(isStacked ? STACKED_CATEGORY_GAP : GROUPED_CATEGORY_GAP) * 100}%`}
            barGap={GROUPED_BAR_GAP}
            maxBarSize={isStacked ? STACKED_MAX_BAR : GROUPED_MAX_BAR}
            accessibilityLayer={false}
            role="group"
            aria-label={label}
            className="sales-recharts"
          >
            <CartesianGrid vertical={false} stroke={theme.grid} />
            <XAxis dataKey="year" type="category" interval={0} tickLine={false} axisLine={xAxisLine} tick={tick} height={X_AXIS_HEIGHT} />
            <YAxis
              type="number"
              domain={axis.domain}
              ticks={axis.ticks}
              interval={0}
              tickFormatter={tickFormatter}
              width={yAxisWidth(isCompact)}
              axisLine={false}
              tickLine={false}
              tick={yTick}
            />
            {brands.map((brand) => (
              <Bar
                key={brand}
                dataKey={brand}
                name={brand}
                stackId={isStacked ? 'sales' : undefined}
                fill={brandColour(theme, brand)}
                stroke={theme.surface}
                strokeWidth={isStacked ? 1 : 0}
                isAnimationActive={false}
                shape={shapeFor(brand)}
              />
            ))}
            {isStacked && hiddenBrands.length > 0 && (
              // The rest of the published total: brands switched off, so the stack meets its total mark.
              <Bar dataKey="others" name={intl.formatMessage({ id: 'sales.legend.others' })} stackId="sales" fill={theme.grid} stroke={theme.surface} strokeWidth={1} isAnimationActive={false} />
            )}
            <ZIndexLayer zIndex={DefaultZIndexes.line}>
              <SalesMarks rows={rows} isStacked={isStacked} target={target} compact={isCompact} at={at} onSelectYear={onSelectYear} />
            </ZIndexLayer>
          </BarChart>
        )}
      </SalesChartContext.Provider>
      {anchor && anchored && (
        <SalesTooltip
          year={anchored}
          brand={anchor.brand}
          isAt={anchor.year === at}
          hiddenBrands={hiddenBrands}
          sourceTitles={sourceTitles}
          theme={theme}
          onSource={anchor.onSource}
          {...tooltipPosition(anchor, width, height, isCompact)}
        />
      )}
    </div>
  );
}
