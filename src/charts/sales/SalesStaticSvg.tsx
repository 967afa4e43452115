import { useIntl } from 'react-intl';
import { brandColour } from '../../theme/tokens';
import type { Brand } from '../../data/schema';
import type { Theme } from '../../theme/tokens';
import { formatAxisValue, formatTargetLabel, formatTotalLabel } from './format';
import type { StaticSalesLayout } from './staticLayout';
import type { SalesTarget } from './model';

interface SalesStaticSvgProps {
  layout: StaticSalesLayout;
  target: SalesTarget | null;
  at: number;
  label: string;
  theme: Theme;
}

/**
 * The stacked sales chart as plain SVG, for the pre-rendered page (Recharts renders nothing on the server):
 * the same marks, classes, colours and positions as the Recharts chart, so its takeover after mount changes
 * nothing a reader sees. Not interactive: with JavaScript off there is nothing to answer a click.
 */
export function SalesStaticSvg({ layout, target, at, label, theme }: SalesStaticSvgProps) {
  const { width, height, plot, isCompact } = layout;
  const fontSize = isCompact ? 11 : 12;
  const intl = useIntl();
  const atYear = layout.years.find((y) => y.year === at);
  const fill = (brand: Brand | 'others') => (brand === 'others' ? theme.grid : brandColour(theme, brand));
  return (
    <svg className="sales-static" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g aria-hidden="true">
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke={theme.grid} fill="none" />
            <text x={plot.left - 8} y={t.y} dy="0.355em" textAnchor="end" fill={theme.muted} fontSize={fontSize}>{formatAxisValue(t.value, false, intl)}</text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={theme.border} />
        {layout.years.map((y) => (
          <g key={y.year} className={`sales-year${y.year === at ? ' is-at' : ''}`} transform={`translate(${y.centre},${plot.bottom + 8})`}>
            <text className="sales-year-text" y={16} textAnchor="middle" fontSize={fontSize}>{y.year}</text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect key={bar.key} className="sales-segment" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={fill(bar.brand)} stroke={theme.surface} strokeWidth={1} />
        ))}
        {target && layout.target && (
          <g className="sales-target">
            <line className="sales-target-line" x1={plot.left} x2={plot.right} y1={layout.target.y} y2={layout.target.y} />
            <text className="sales-target-label" x={plot.left + 6} y={layout.target.y + 15} fontSize={fontSize}>{formatTargetLabel(target, isCompact, plot.right - plot.left, intl)}</text>
          </g>
        )}
        {atYear && <rect className="sales-at" x={atYear.start + 1} y={plot.top - 4} width={Math.max(0, atYear.end - atYear.start - 2)} height={plot.bottom - plot.top + 30} rx={6} />}
        {layout.totals.map((t) => (
          <g key={t.year} className={`sales-total${t.year === at ? ' is-at' : ''}`}>
            <line className="sales-total-rule" x1={t.centre - t.half} x2={t.centre + t.half} y1={t.y} y2={t.y} />
            <text className="sales-total-label" x={t.centre} y={t.y - 5} textAnchor="middle" fontSize={11}>{formatTotalLabel(t.units, isCompact, intl)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
