import { useIntl } from 'react-intl';
import type { Locale } from '../../i18n/locales';
import type { EvScale } from '../../state/filters';
import { noTap } from '../../components/tapToPreview';
import type { Theme } from '../../theme/tokens';
import { EvCursorLine, EvCursorRule } from './EvCursorRule';
import { EvMarkers } from './EvMarkers';
import { EvSeries } from './EvSeries';
import { EvTargets } from './EvTargets';
import type { EvMarkLayerProps } from './EvTooltip';
import type { EvCursor } from './cursor';
import { evLayout, type EvLayout } from './layout';
import type { EvLine, EvMarker, EvWindow } from './model';
import type { EvTarget } from './targets';
import { EV_LABEL_SIZE } from './halo';
import { NO_HIGHLIGHT } from '../../state/highlight';

/**
 * The EV chart's SVG for a layout the models have placed: grid, axes, markers, targets, lines and the cursor rule.
 * The screen passes its hover and focus handlers; an exported image (EvImage) passes none.
 */
export function EvSvg({ layout, lines, scale, layers }: { layout: EvLayout; lines: readonly EvLine[]; scale: EvScale; layers: EvMarkLayerProps }) {
  const { plot } = layout;
  const { theme } = layers;
  const intl = useIntl();
  return (
    <svg
      className="chart-svg ev-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={intl.formatMessage({ id: 'ev.chartLabel' }, { scale })}
    >
      {/* Colours and sizes as attributes from the theme's tokens: an exported image needs no stylesheet. */}
      <g aria-hidden="true" fill={theme.muted} fontSize={EV_LABEL_SIZE}>
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
          <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" className="ev-note" fontSize={13}>
            {intl.formatMessage({ id: 'ev.noMilestone' })}
          </text>
        )}
      </g>
      <EvCursorLine layout={layout} theme={theme} />
      <EvMarkers markers={layout.markers} {...layers} />
      <EvTargets targets={layout.targets} {...layers} />
      <EvSeries layout={layout} {...layers} />
      <EvCursorRule layout={layout} lines={lines} theme={theme} />
    </svg>
  );
}

const ignore = () => {};

interface EvImageProps {
  lines: readonly EvLine[];
  markers: readonly EvMarker[];
  months: EvWindow;
  scale: EvScale;
  cursor: EvCursor | null;
  targets: readonly EvTarget[];
  /** CSS px. */
  width: number;
  theme: Theme;
  /** A fixed-height image's room for the chart (see evLayout). */
  room?: number;
}

/**
 * The chart for an exported image: laid out from the models at `width`, in `theme` and the language of the
 * IntlProvider it is rendered in (imageDrawing's), nothing highlighted or active.
 */
export function EvImage({ lines, markers, months, scale, cursor, targets, width, theme, room }: EvImageProps) {
  const locale = useIntl().locale as Locale;
  const layers = { theme, highlighted: NO_HIGHLIGHT, active: null, picked: null, onShow: ignore, onHide: ignore, onHighlight: ignore, onOpen: ignore, tapFor: noTap };
  return <EvSvg layout={evLayout(lines, markers, months, scale, width, cursor, targets, locale, room)} lines={lines} scale={scale} layers={layers} />;
}
