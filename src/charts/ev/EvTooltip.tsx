import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { sourceTitle, type SourcesById } from '../../data/sourceIndex';
import type { RecordRef } from '../../state/sourcePanel';
import { boxAround } from '../../components/geometry';
import { TapSourceButton } from '../../components/TapSourceButton';
import { tooltipCss } from '../../components/tooltipPlacement';
import type { TapFor } from '../../components/tapToPreview';
import type { Theme } from '../../theme/tokens';
import { quoteText } from '../../data/quoteText';
import type { EvLine, EvMarker, EvPoint } from './model';
import { targetOutcomeText, type EvTarget } from './targets';
import { formatsOf } from '../../i18n/format';
import type { Highlight } from '../../state/highlight';
import { addEnglish } from '../../i18n/messages';
import { evTooltipEn } from '../../i18n/messages/evTooltip/en';

// Its words come with it (EnglishLater): fetched on first use, like the tooltip.
addEnglish({ evTooltip: evTooltipEn });

/** What every EV mark layer needs to draw emphasis and report hover/focus to the chart. */
export interface EvMarkLayerProps {
  theme: Theme;
  highlighted: Highlight;
  active: EvActive | null;
  /** The record picked in the source panel, emphasized if it is drawn in this layer. */
  picked: RecordRef | null;
  onShow: (active: EvActive) => void;
  onHide: () => void;
  /** Highlights a brand in every view (a series hovered), or none. */
  onHighlight: (brands: Highlight) => void;
  /** Opens a record's source (click, Enter, a second tap). */
  onOpen: (sourceId: string, record: RecordRef) => void;
  /** Touch handlers for the mark with this key: a first tap previews, a second opens. */
  tapFor: TapFor;
}

/** What the pointer or keyboard is on: a milestone dot, a marker or a target, with its position in px. */
export type EvActive =
  | { kind: 'point'; line: EvLine; point: EvPoint; x: number; y: number }
  | { kind: 'marker'; marker: EvMarker; x: number; y: number }
  | { kind: 'target'; target: EvTarget; x: number; y: number };

const MAX_WIDTH = 300;
const MARK_NAMES = { point: 'milestone', marker: 'marker', target: 'target' } as const;
// A milestone's card with a one-line quote; a taller one may run past the chart's foot, over the notes.
const TYPICAL_HEIGHT = 170;
// Half the size of the largest mark a tooltip points at (a target's diamond).
const MARK_RADIUS = 7;

function Quote({ quote }: { quote: string | null }) {
  const intl = useIntl();
  return quote ? <blockquote className="ev-tooltip-quote">{intl.formatMessage({ id: 'sources.quoted' }, { quote: quoteText(quote) })}</blockquote> : null;
}

function PointBody({ line, point, sourcesById }: { line: EvLine; point: EvPoint; sourcesById: SourcesById }) {
  const intl = useIntl();
  const f = formatsOf(intl);
  const units = f.exactInText(point.units);
  return (
    <>
      <p className="ev-tooltip-head">
        <strong>{line.fullLabel}</strong> · {f.isoDate(point.date)}
      </p>
      <p className="ev-tooltip-value">
        {intl.formatMessage({ id: 'evTooltip.value' }, { qualifier: point.qualifier ?? 'none', units, measure: point.measure })}
        <span className="ev-tooltip-measure">{intl.formatMessage({ id: 'evTooltip.measure' }, { measure: point.measure })}</span>
      </p>
      <Quote quote={point.quote} />
      {point.note && point.disputes.length === 0 && <p className="ev-tooltip-note">{point.note}</p>}
      <p className="ev-tooltip-source">{intl.formatMessage({ id: 'evTooltip.source' }, { source: sourceTitle(sourcesById, point.source) })}</p>
      {point.disputes.map((d) => (
        <div key={d.index} className="ev-tooltip-dispute">
          <p>
            <strong>{intl.formatMessage({ id: 'evTooltip.disputeHead' })}</strong> {intl.formatMessage({ id: 'evTooltip.dispute' }, { units, date: f.isoDate(d.date) })}
          </p>
          <Quote quote={d.quote} />
          <p className="ev-tooltip-source">{intl.formatMessage({ id: 'evTooltip.source' }, { source: sourceTitle(sourcesById, d.source) })}</p>
        </div>
      ))}
    </>
  );
}

function MarkerBody({ marker, sourcesById }: { marker: EvMarker; sourcesById: SourcesById }) {
  const intl = useIntl();
  return (
    <>
      <p className="ev-tooltip-head">
        <strong>{marker.title}</strong> · {formatsOf(intl).isoDate(marker.date)}
      </p>
      <Quote quote={marker.quote} />
      {marker.note && <p className="ev-tooltip-note">{marker.note}</p>}
      <p className="ev-tooltip-source">{intl.formatMessage({ id: 'evTooltip.source' }, { source: sourceTitle(sourcesById, marker.source) })}</p>
    </>
  );
}

function TargetBody({ target, sourcesById }: { target: EvTarget; sourcesById: SourcesById }) {
  const intl = useIntl();
  const outcome = targetOutcomeText(target, intl);
  return (
    <>
      <p className="ev-tooltip-head">
        <strong>{intl.formatMessage({ id: 'evTooltip.targetHead' }, { label: target.label })}</strong>
      </p>
      <p className="ev-tooltip-value">
        {formatsOf(intl).exactInText(target.amount)}
        <span className="ev-tooltip-measure">{intl.formatMessage({ id: 'evTooltip.targetMeasure' }, { series: target.seriesLabel })}</span>
      </p>
      <p className="ev-tooltip-verdict">
        {intl.formatMessage(
          { id: 'ev.target.verdict' },
          { status: target.status, hasOutcome: outcome ? 'yes' : 'no', outcome, b: (chunks) => <strong key="verdict">{chunks}</strong> },
        )}
      </p>
      <Quote quote={target.quote} />
      {target.note && <p className="ev-tooltip-note">{target.note}</p>}
      <p className="ev-tooltip-source">{intl.formatMessage({ id: 'evTooltip.source' }, { source: sourceTitle(sourcesById, target.source) })}</p>
    </>
  );
}

/**
 * Where the tooltip goes: beside the mark, like every view's (tooltipPlacement) — right, else left, else
 * below or above it on a chart too narrow for either, at most 300 px wide and never wider than the chart.
 */
function placement(active: EvActive, width: number, height: number): CSSProperties {
  const size = { width: Math.min(MAX_WIDTH, width), height: TYPICAL_HEIGHT };
  return { ...tooltipCss(boxAround({ x: active.x, y: active.y }, MARK_RADIUS), size, { width, height }), width: size.width };
}

/** The HTML tooltip for the active mark; ends with "Source: <title>" (and a Source button when a tap showed it). */
export function EvTooltip({ active, sourcesById, width, height, onSource }: { active: EvActive; sourcesById: SourcesById; width: number; height: number; onSource?: () => void }) {
  const style = placement(active, width, height);
  return (
    <div className={`ev-tooltip${onSource ? ' is-tapped' : ''}`} role="tooltip" style={style}>
      {active.kind === 'point' && <PointBody line={active.line} point={active.point} sourcesById={sourcesById} />}
      {active.kind === 'marker' && <MarkerBody marker={active.marker} sourcesById={sourcesById} />}
      {active.kind === 'target' && <TargetBody target={active.target} sourcesById={sourcesById} />}
      {onSource && <TapSourceButton mark={MARK_NAMES[active.kind]} onSource={onSource} />}
    </div>
  );
}
