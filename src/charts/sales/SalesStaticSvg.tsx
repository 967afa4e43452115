import { useIntl } from 'react-intl';
import { brandColour } from '../../theme/tokens';
import type { Brand } from '../../data/schema';
import type { Theme } from '../../theme/tokens';
import { axisLabelWidth, formatAxisValue, formatTargetLabel, totalLabelsAndSize } from './format';
import { atFrameTop, frameLabelWidth, isCompactWidth, segmentStroke, yearTickLabels, yTickFontSize } from './frame';
import { TargetMark } from './TargetMark';
import { YearFrame } from './YearFrame';
import { staticSalesLayout, type StaticSalesLayout } from './staticLayout';
import type { SalesAxis, SalesChartRow, SalesTarget } from './model';
import type { SalesLayout, SalesMode } from '../../state/filters';
import { salesChartLabel } from './format';

interface SalesStaticSvgProps {
  layout: StaticSalesLayout;
  target: SalesTarget | null;
  at: number;
  /** The year compared with the cursor's, framed dashed; null when none. */
  vs: number | null;
  /** Values are shares of the Alliance total (the axis reads "25%"). */
  isShare: boolean;
  label: string;
  theme: Theme;
}

/**
 * The sales chart as plain SVG, for the pre-rendered page (Recharts renders nothing on the server) and for
 * exported images: the same marks, classes and positions as the Recharts chart, so its takeover after mount
 * changes nothing a reader sees. Every colour and font is an attribute taken from `theme`, so an image opened
 * on its own, without the page's CSS, looks the same. Not interactive.
 */
export function SalesStaticSvg({ layout, target, at, vs, isShare, label, theme }: SalesStaticSvgProps) {
  const { width, height, plot, isCompact, isStacked } = layout;
  const fontSize = yTickFontSize(isCompact);
  const intl = useIntl();
  const totalRowY = plot.top - 12;
  const { labels: totalLabels, size: totalSize } = totalLabelsAndSize(layout.totals.map((t) => t.units), isCompact, plot.right - plot.left, intl, layout.totals.map((t) => t.year), [at, vs]);
  const band = layout.years[0] ? layout.years[0].end - layout.years[0].start : 0;
  const yearLabels = yearTickLabels(layout.years.map((y) => y.year), band, fontSize, [at, vs]);
  const frames = [{ kind: 'at' as const, year: at }, ...(vs === null ? [] : [{ kind: 'vs' as const, year: vs }])].flatMap(({ kind, year }) => {
    const frameBand = layout.years.find((y) => y.year === year);
    const index = layout.totals.findIndex((t) => t.year === year);
    const top = atFrameTop(isStacked, plot.top, layout.totals[index]?.y ?? plot.top);
    const labelWidth = frameBand ? frameLabelWidth(yearLabels[index] ?? '', fontSize, year === at, totalLabels[index] ?? '', totalSize) : 0;
    return frameBand ? [{ kind, start: frameBand.start, end: frameBand.end, labelWidth, plot: [plot.left, plot.right] as const, top }] : [];
  });
  return (
    <svg className="sales-static" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g aria-hidden="true">
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke={theme.grid} fill="none" />
            <text x={plot.left - 8} y={t.y} dy="0.355em" textAnchor="end" fill={theme.muted} fontSize={fontSize}>{formatAxisValue(t.value, isShare, intl)}</text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={theme.border} />
        {layout.years.map((y, i) => (
          <g key={y.year} className={`sales-year${y.year === at ? ' is-at' : ''}`} transform={`translate(${y.centre},${plot.bottom + 8})`}>
            <text className="sales-year-text" y={16} textAnchor="middle" fontSize={fontSize} fill={theme.text} fontWeight={y.year === at ? 800 : 400}>{yearLabels[i]}</text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect key={bar.key} className={bar.brand === null ? 'sales-others' : 'sales-segment'} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.brand === null ? theme.rest : brandColour(theme, bar.brand)} stroke={theme.surface} strokeWidth={segmentStroke(isStacked, band)} />
        ))}
        {/* Before the target and the totals, which are drawn over it rather than struck through. */}
        {frames.map((frame) => <YearFrame key={frame.kind} {...frame} bottom={plot.bottom} theme={theme} />)}
        {target && layout.target && (
          <g className="sales-target">
            <TargetMark span={layout.target} y={layout.target.y} text={formatTargetLabel(target, isCompact, plot.right - plot.left, intl)} fontSize={fontSize} theme={theme} />
          </g>
        )}
        {!isStacked && <text className="sales-total-heading" x={plot.left - 8} y={totalRowY} textAnchor="end" fontSize={11} fill={theme.muted} fontWeight={600}>{intl.formatMessage({ id: 'sales.marks.total' })}</text>}
        {layout.totals.map((t, i) => (
          <g key={t.year} className={`sales-total${t.year === at ? ' is-at' : ''}`}>
            {isStacked && <line className="sales-total-rule" x1={t.centre - t.half} x2={t.centre + t.half} y1={t.y} y2={t.y} stroke={theme.alliance} strokeWidth={2} />}
            <text className="sales-total-label" x={t.centre} y={isStacked ? t.y - 5 : totalRowY} textAnchor="middle" fontSize={totalSize} fill={theme.text} fontWeight={t.year === at ? 800 : 600}>
              {totalLabels[i]}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

interface SalesImageProps {
  rows: readonly SalesChartRow[];
  axis: SalesAxis;
  target: SalesTarget | null;
  brands: readonly Brand[];
  mode: SalesMode;
  layout: SalesLayout;
  at: number;
  vs: number | null;
  /** CSS px. */
  width: number;
  theme: Theme;
  /** A fixed-height image's room for the chart, which the bars grow to fill (see ChartDrawing). */
  room?: number;
}

/** The chart for an exported image: laid out from the model's rows at `width`, in `theme`. */
export function SalesImage({ rows, axis, target, brands, mode, layout, at, vs, width, theme, room }: SalesImageProps) {
  const isShare = mode === 'share';
  const intl = useIntl();
  return (
    <SalesStaticSvg
      layout={staticSalesLayout(rows, axis, brands, target, width, layout, axisLabelWidth(axis.ticks, isShare, yTickFontSize(isCompactWidth(width)), intl), room)}
      target={target}
      at={at}
      vs={vs}
      isShare={isShare}
      label={salesChartLabel(brands, layout === 'stacked', isShare, intl)}
      theme={theme}
    />
  );
}
