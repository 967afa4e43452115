import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../i18n/locales';
import type { Brand, Source } from '../../data/schema';
import type { EvScale } from '../../state/filters';
import type { RecordRef } from '../../state/sourcePanel';
import { usePinnedTooltip } from '../../components/usePinnedTooltip';
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
  /** The brand highlighted in every view, and the record picked in the source panel. */
  highlighted: Brand | null;
  picked: RecordRef | null;
  onHighlight: (brand: Brand | null) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

const brandOf = (active: EvActive): Brand | null => (active.kind === 'point' ? active.line.brand : active.marker.brand);

/** Cumulative EV sales as step lines on a time axis, with launch and event markers; draws what the models give it. */
export function EvChart({ lines, markers, months, scale, sources, cursor, highlighted, picked, onHighlight, onOpenSource }: EvChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const theme = useTheme();
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [active, setActive] = useState<EvActive | null>(null);
  const layout = useMemo(() => (width > 0 ? evLayout(lines, markers, months, scale, width, cursor, locale) : null), [lines, markers, months, scale, width, cursor, locale]);

  const show = useCallback((next: EvActive) => {
    setActive(next);
    onHighlight(brandOf(next));
  }, [onHighlight]);
  const clear = useCallback(() => {
    setActive(null);
    onHighlight(null);
  }, [onHighlight]);
  const { pinned, isPinned, tapHandlers } = usePinnedTooltip('.ev-tooltip', clear);
  // A tooltip a tap pinned stays for its Source button: the tap's emulated hover and focus leave at once.
  const hide = useCallback(() => {
    if (!isPinned()) clear();
  }, [isPinned, clear]);
  const layers = { theme, highlighted, active, picked, onShow: show, onHide: hide, onHighlight, onOpen: onOpenSource, tapFor: tapHandlers };
  const openActive = () => {
    if (active?.kind === 'point') onOpenSource(active.point.source, { key: 'evMilestones', index: active.point.index });
    else if (active) onOpenSource(active.marker.source, { key: active.marker.recordKey, index: active.marker.index });
  };

  const { plot } = layout ?? { plot: null };
  return (
    <div className="ev-chart" ref={wrapRef}>
      {/* The tooltip is placed within the plot's own box: the note below must not push it over its mark. */}
      <div className="ev-plot">
        {layout && plot && (
          <svg
            className="chart-svg ev-svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={intl.formatMessage({ id: 'ev.chartLabel' }, { scale })}
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
                  {intl.formatMessage({ id: 'ev.noMilestone' })}
                </text>
              )}
            </g>
            <EvMarkers markers={layout.markers} {...layers} />
            <EvSeries layout={layout} {...layers} />
            <EvCursorRule layout={layout} lines={lines} theme={theme} />
          </svg>
        )}
        {layout && active && (
          <EvTooltip active={active} sources={sources} width={layout.width} height={layout.height} onSource={pinned === null ? undefined : openActive} />
        )}
      </div>
      {layout && layout.thinnedDots > 0 && (
        <p className="ev-thinned-note">
          {intl.formatMessage({ id: 'ev.thinned' }, { count: layout.thinnedDots })}
        </p>
      )}
    </div>
  );
}
