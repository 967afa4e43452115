import { useCallback, useMemo, useRef, useState } from 'react';
import type { Brand, Source } from '../../data/schema';
import { useFilters, type EvScale } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { useTheme } from '../../theme/useTheme';
import type { EvCursor } from './cursor';
import { EvCursorRule } from './EvCursorRule';
import { EvMarkers } from './EvMarkers';
import { EvSeries } from './EvSeries';
import { EvTooltip, type EvActive } from './EvTooltip';
import { evLayout } from './layout';
import type { EvLine, EvMarker, EvWindow } from './model';
import { useElementWidth } from '../../components/useElementWidth';

interface EvChartProps {
  lines: readonly EvLine[];
  markers: readonly EvMarker[];
  months: EvWindow;
  scale: EvScale;
  sources: readonly Source[];
  /** The cursor year's rule and the values it reads; null when the cursor is outside the chart. */
  cursor: EvCursor | null;
}

const brandOf = (active: EvActive): Brand | null => (active.kind === 'point' ? active.line.brand : active.marker.brand);

/** Cumulative EV sales as step lines on a time axis, with launch and event markers; draws what the models give it. */
export function EvChart({ lines, markers, months, scale, sources, cursor }: EvChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const theme = useTheme();
  const highlighted = useFilters((s) => s.highlightedBrand);
  const picked = useSourcePanel((s) => s.highlightedRecord);
  const [active, setActive] = useState<EvActive | null>(null);
  const layout = useMemo(() => (width > 0 ? evLayout(lines, markers, months, scale, width, cursor) : null), [lines, markers, months, scale, width, cursor]);

  const show = useCallback((next: EvActive) => {
    setActive(next);
    useFilters.getState().setHighlightedBrand(brandOf(next));
  }, []);
  const hide = useCallback(() => {
    setActive(null);
    useFilters.getState().setHighlightedBrand(null);
  }, []);

  const { plot } = layout ?? { plot: null };
  return (
    <div className="ev-chart" ref={wrapRef}>
      {layout && plot && (
        <svg
          className="chart-svg ev-svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={`Cumulative electric-vehicle sales, ${scale} scale; each milestone is a button that opens its source`}
        >
          <g aria-hidden="true">
            {layout.yTicks.map((t) => (
              <g key={t.label}>
                <line className="grid-line" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke={theme.grid} />
                <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end" className="ev-tick">{t.label}</text>
              </g>
            ))}
            <line className="axis-line" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={theme.border} />
            {layout.xTicks.map((t) => (
              <g key={t.x}>
                <line className="axis-line" x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 4} stroke={theme.border} />
                <text x={t.x} y={plot.bottom + 17} textAnchor="middle" className="ev-tick">{t.label}</text>
              </g>
            ))}
            {lines.length === 0 && (
              <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" className="ev-note">
                No sales milestone in this period
              </text>
            )}
          </g>
          <EvMarkers markers={layout.markers} theme={theme} highlighted={highlighted} active={active} picked={picked} onShow={show} onHide={hide} />
          <EvSeries layout={layout} theme={theme} highlighted={highlighted} active={active} picked={picked} onShow={show} onHide={hide} />
          <EvCursorRule layout={layout} lines={lines} theme={theme} />
        </svg>
      )}
      {layout && layout.thinnedDots > 0 && (
        <p className="ev-thinned-note">
          {layout.thinnedDots} milestones too close together to tell apart are on the lines without a dot; Show table lists every one.
        </p>
      )}
      {layout && active && <EvTooltip active={active} sources={sources} width={layout.width} height={layout.height} />}
    </div>
  );
}
