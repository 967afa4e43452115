import { brandColour } from '../../theme/tokens';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarRectangleItem } from 'recharts';
import type { RecordRef } from '../../data/provenance';
import type { Brand } from '../../data/schema';
import type { SourcesById } from '../../data/sourceIndex';
import type { SalesLayout, SalesMode } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import { SalesChartContext, type SalesAnchor } from './chartContext';
import { axisLabelWidth, salesChartLabel } from './format';
import type { SalesAxis, SalesChartRow, SalesTarget, SalesYear } from './model';
import { segmentStroke, GROUPED_BAR_GAP, GROUPED_CATEGORY_GAP, GROUPED_MARGIN, GROUPED_MAX_BAR, isCompactWidth, SALES_MARGIN, salesChartHeight, STACKED_CATEGORY_GAP, STACKED_MAX_BAR, X_AXIS_HEIGHT, yAxisWidth, yTickFontSize } from './frame';
import { SalesAxes } from './SalesAxes';
import { SalesMarks } from './SalesMarks';
import { SalesSegment } from './SalesSegment';
import { SalesTooltip } from './SalesTooltip';
import { hasRest } from './drawnPart';
import { useElementWidth } from '../../components/useElementWidth';
import { useDismissOnTapElsewhere } from '../../components/usePinnedTooltip';
import { tooltipCss } from '../../components/tooltipPlacement';
import { oncePerName } from '../../lib/oncePer';
import { NO_HIGHLIGHT, type Highlight } from '../../state/highlight';

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
  sourcesById: SourcesById;
  /**
   * The cursor year as the views draw it: the static chart outlines it. The interactive chart's cursor marks
   * (outline, bold total, pressed year label, tooltip hint) read the store's cursor themselves, so they move
   * together in the click's own frame.
   */
  at: number;
  /** The year compared with the cursor's, as the views draw it (the static chart frames it dashed); null when none. */
  vs: number | null;
  /** Moves the cursor: a click on a year label or total. */
  onSelectYear: (year: number) => void;
  /** The brands emphasised in every view (none: an empty list). */
  highlighted: Highlight;
  /** Highlights brands in every view (an empty list: none): on hover, focus and tap, and when a tapped tooltip is dismissed. */
  onHighlight: (brands: Highlight) => void;
  /** The record picked in the source panel. */
  picked: RecordRef | null;
  /** Opens a record's source: a click or Enter on a bar or the target line. */
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

// The tooltip's width and a height it rarely exceeds: placed beside the mark, like every view's. Wide enough for
// French and Japanese figures; on a phone's narrow chart the narrower one, which still fits beside a bar, so a
// tapped tooltip does not cover the bar a second tap opens.
const TOOLTIP_SIZE = { width: 272, height: 200 };
const COMPACT_TOOLTIP_SIZE = { width: 236, height: 200 };
/**
 * Every part drawn in Recharts' base layer, in the order written below, instead of in its z-index layers.
 * Recharts draws a layered part through a React portal into a <g>; React puts its focus listeners on every
 * portal container, and Chromium makes an SVG element with focus listeners focusable, so each layer would be
 * an empty tab stop between the bars. zIndex 0 is the documented "no portal" layer (recharts ZIndexLayer).
 * The order below is the old layers' order, which is also the arrow keys' order: grid, bars, totals and
 * target, axes (SalesAxes draws the axes, as Recharts' own put their labels in a portal layer whatever zIndex says).
 */
const BASE_LAYER = 0;
// One shape element and one value reader per brand, kept across renders: new ones on every brand toggle would
// hand every Bar new props.
const shapeFor = oncePerName((brand: Brand) => <SalesSegment key={brand} brand={brand} />);
// A function, not the brand as a key: Recharts would read the brand id as a property path of the row
// ("a.b" as row.a.b), and the row holds brands in a Map (see SalesChartRow).
const valueOf = oncePerName((brand: Brand) => (row: SalesChartRow) => row.values.get(brand));

/** Draws the bars, total marks, target and tooltip for rows the model has already computed. */
export function SalesChart({ years, rows, axis, target, brands, mode, layout, hiddenBrands, sourcesById, onSelectYear, highlighted, onHighlight, picked, onOpenSource }: SalesChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
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
    () => ({ yearsByYear, show, hide, current, highlighted, picked, onHighlight, onOpenSource, isStacked: layout === 'stacked' }),
    [yearsByYear, show, hide, current, highlighted, picked, onHighlight, onOpenSource, layout],
  );
  const dismiss = useCallback(() => {
    onHighlight(NO_HIGHLIGHT);
    hide();
  }, [onHighlight, hide]);
  useDismissOnTapElsewhere(anchor?.onSource ? dismiss : null, '.sales-tooltip');
  const isCompact = isCompactWidth(width);
  const height = salesChartHeight(isCompact);
  const isStacked = layout === 'stacked';
  const isShare = mode === 'share';
  const yLabelWidth = axisLabelWidth(axis.ticks, isShare, yTickFontSize(isCompact), intl);
  // Room for the axes SalesAxes draws (Recharts' own are hidden); a new object only when the frame changes.
  const margin = useMemo(() => {
    const base = isStacked ? SALES_MARGIN : GROUPED_MARGIN;
    return { ...base, left: base.left + yAxisWidth(isCompact, yLabelWidth), bottom: base.bottom + X_AXIS_HEIGHT };
  }, [isStacked, isCompact, yLabelWidth]);
  const anchored = anchor ? yearsByYear.get(anchor.year) : undefined;
  const tooltipSize = isCompact ? COMPACT_TOOLTIP_SIZE : TOOLTIP_SIZE;
  const spot = useMemo(() => anchor && { ...tooltipCss(anchor.mark, tooltipSize, { width, height }), width: tooltipSize.width }, [anchor, tooltipSize, width, height]);
  const label = salesChartLabel(brands, isStacked, isShare, intl);
  // The grey rest answers hover with its year's tooltip, which ends with the brands it holds: readers point at it.
  const showRest = useCallback(
    (bar: BarRectangleItem) => show({ year: (bar.payload as SalesChartRow).year, brand: null, mark: { x0: bar.x, x1: bar.x + bar.width, y0: bar.y, y1: bar.y + bar.height } }),
    [show],
  );
  const stroke = segmentStroke(isStacked, (width - margin.left - margin.right) / Math.max(1, rows.length));

  return (
    <div className="sales-chart" ref={wrapRef}>
      <SalesChartContext.Provider value={context}>
        {width > 0 && (
          <BarChart
            width={width}
            height={height}
            data={rows}
            margin={margin}
            barCategoryGap={`${(isStacked ? STACKED_CATEGORY_GAP : GROUPED_CATEGORY_GAP) * 100}%`}
            barGap={GROUPED_BAR_GAP}
            maxBarSize={isStacked ? STACKED_MAX_BAR : GROUPED_MAX_BAR}
            accessibilityLayer={false}
            role="group"
            aria-label={label}
            className="sales-recharts"
          >
            <CartesianGrid vertical={false} stroke={theme.grid} zIndex={BASE_LAYER} />
            {brands.map((brand) => (
              <Bar
                key={brand}
                dataKey={valueOf(brand)}
                name={brand}
                stackId={isStacked ? 'sales' : undefined}
                fill={brandColour(theme, brand)}
                stroke={theme.surface}
                strokeWidth={stroke}
                isAnimationActive={false}
                shape={shapeFor(brand)}
                zIndex={BASE_LAYER}
              />
            ))}
            {isStacked && hasRest(rows) && (
              // The rest of the published total: brands switched off or without bars of their own (drawnPart),
              // so the stack meets its total mark.
              <Bar dataKey="others" name={intl.formatMessage({ id: 'sales.legend.others' })} stackId="sales" fill={theme.rest} stroke={theme.surface} strokeWidth={stroke} isAnimationActive={false} zIndex={BASE_LAYER} onMouseEnter={showRest} onMouseLeave={hide} />
            )}
            <SalesMarks rows={rows} isStacked={isStacked} target={target} compact={isCompact} onSelectYear={onSelectYear} />
            {/* Hidden: they give the scales; SalesAxes draws them in the base layer. */}
            <XAxis dataKey="year" type="category" hide />
            <YAxis type="number" domain={axis.domain} ticks={axis.ticks} hide />
            <SalesAxes rows={rows} ticks={axis.ticks} isShare={isShare} compact={isCompact} onSelectYear={onSelectYear} />
          </BarChart>
        )}
      </SalesChartContext.Provider>
      {anchor && anchored && spot && (
        <SalesTooltip
          year={anchored}
          brand={anchor.brand}
          hiddenBrands={hiddenBrands}
          sourcesById={sourcesById}
          theme={theme}
          onSource={anchor.onSource}
          {...spot}
        />
      )}
    </div>
  );
}
