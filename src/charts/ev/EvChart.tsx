import { useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePageMode } from '../../components/pageModeContext';
import type { Locale } from '../../i18n/locales';
import type { Brand } from '../../data/schema';
import type { SourcesById } from '../../data/sourceIndex';
import type { EvScale } from '../../state/filters';
import type { RecordRef } from '../../state/sourcePanel';
import { usePinnedTooltip } from '../../components/usePinnedTooltip';
import { useTheme } from '../../theme/useTheme';
import type { EvCursor } from './cursor';
import { EvSvg } from './EvSvg';
import type { EvActive } from './EvTooltip';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { evBaseLayout, MOST_LINES_NAMED, withCursor } from './layout';
import type { EvLine, EvMarker, EvWindow } from './model';
import type { EvTarget } from './targets';
import { useElementWidth } from '../../components/useElementWidth';
import { highlightOf, NO_HIGHLIGHT, type Highlight } from '../../state/highlight';
import { reimportable } from '../../lib/reimportable';

interface EvChartProps {
  lines: readonly EvLine[];
  markers: readonly EvMarker[];
  /** EV-sales targets drawn beside their series. */
  targets: readonly EvTarget[];
  months: EvWindow;
  scale: EvScale;
  /** The dataset's sources by id (`indexById`), named in the tooltip's "Source:" line. */
  sourcesById: SourcesById;
  /** The cursor year's rule and the values it reads (or only the compared year's, where the cursor's is off the chart); null when neither is on it. */
  cursor: EvCursor | null;
  /** The brands highlighted in every view, and the record picked in the source panel. */
  highlighted: Highlight;
  picked: RecordRef | null;
  onHighlight: (brands: Highlight) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

const brandOf = (active: EvActive): Brand | null =>
  active.kind === 'point' ? active.line.brand : active.kind === 'marker' ? active.marker.brand : null;

/**
 * The tooltip's code: fetched at the first hover or focus, and with what the page fetches once idle (so it is
 * there by the time a reader points, and offline), not with the first load: 0.6 KiB gzip, which the first load
 * had grown by this round (the goal is 1.1× the reference page's).
 */
export const loadEvTooltip = loadOnce(reimportable(() => import(/* idle-prefetch */ './EvTooltip')));

/** The record a mark stands for, to open its source. */
function recordOf(active: EvActive): { source: string; record: RecordRef } {
  if (active.kind === 'point') return { source: active.point.source, record: { key: 'evMilestones', index: active.point.index } };
  if (active.kind === 'marker') return { source: active.marker.source, record: { key: active.marker.recordKey, index: active.marker.index } };
  return { source: active.target.source, record: { key: 'targets', index: active.target.index } };
}

/** Cumulative EV sales as step lines on a time axis, with launch and event markers; draws what the models give it. */
export function EvChart({ lines, markers, targets, months, scale, sourcesById, cursor, highlighted, picked, onHighlight, onOpenSource }: EvChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const theme = useTheme();
  const intl = useIntl();
  // An embed has no table to show: the note points to the dashboard's.
  const { isEmbed } = usePageMode();
  const locale = intl.locale as Locale;
  const [active, setActive] = useState<EvActive | null>(null);
  const tooltip = useLoaded(loadEvTooltip, active !== null);
  // A step of Play moves the cursor alone: the lines' layout, labels and all, is kept (withCursor).
  const base = useMemo(
    () => (width > 0 ? evBaseLayout(lines, markers, months, scale, width, targets, locale) : null),
    [lines, markers, months, scale, width, targets, locale],
  );
  const layout = useMemo(() => base && withCursor(base, cursor), [base, cursor]);

  const show = useCallback((next: EvActive) => {
    setActive(next);
    onHighlight(highlightOf(brandOf(next)));
  }, [onHighlight]);
  const clear = useCallback(() => {
    setActive(null);
    onHighlight(NO_HIGHLIGHT);
  }, [onHighlight]);
  const { pinned, isPinned, tapHandlers } = usePinnedTooltip('.ev-tooltip', clear);
  // A tooltip a tap pinned stays for its Source button: the tap's emulated hover and focus leave at once.
  const hide = useCallback(() => {
    if (!isPinned()) clear();
  }, [isPinned, clear]);
  const layers = { theme, highlighted, active, picked, onShow: show, onHide: hide, onHighlight, onOpen: onOpenSource, tapFor: tapHandlers };
  const openActive = () => {
    if (!active) return;
    const { source, record } = recordOf(active);
    onOpenSource(source, record);
  };

  return (
    <div className="ev-chart" ref={wrapRef}>
      {/* The tooltip is placed within the plot's own box: the note below must not push it over its mark. */}
      <div className="ev-plot">
        {layout && <EvSvg layout={layout} lines={lines} scale={scale} layers={layers} />}
        {layout && active && tooltip && (
          <tooltip.EvTooltip active={active} sourcesById={sourcesById} width={layout.width} height={layout.height} onSource={pinned === null ? undefined : openActive} />
        )}
      </div>
      {/* What the drawing leaves to the tooltips and the table: dots too close to draw apart, lines not named. */}
      {layout && ([['ev.thinned', layout.thinnedDots], ['ev.unnamed', layout.unnamedLines], ['ev.thinnedMarkers', layout.thinnedMarkers]] as const).map(([id, count]) => count > 0 && (
        <p key={id} className="ev-thinned-note">
          {intl.formatMessage({ id }, { count, most: MOST_LINES_NAMED, isEmbed: isEmbed ? 'yes' : 'no' })}
        </p>
      ))}
    </div>
  );
}
