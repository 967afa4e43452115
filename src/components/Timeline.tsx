import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectComparedYear, selectCursor, useFilters } from '../state/filters';
import { compareSpan, rangeWithEnd, yearForKey, type YearSpan } from '../state/time';
import { flagOffsets, tickYears, yearAtShare, yearShare } from './timelineScale';
import { useElementWidth } from './useElementWidth';
import './timeline.css';

/** Where one view has data, drawn as a light band under the track. */
export interface TimelineBand {
  key: string;
  /** The view's short name. */
  label: MessageId;
  span: YearSpan;
}

type HandleId = 'from' | 'to' | 'at';

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/** How far the year flags may reach past either end of the track: the rail's side margin (timeline.css). */
const RAIL_MARGIN_PX = 20;
const shifted = (px: number) => (px === 0 ? undefined : { transform: `translateX(calc(-50% + ${px.toFixed(1)}px))` });

/**
 * One track over the dataset's years: two handles for the range, one for the cursor, and a dashed mark at the
 * compare year. Each handle is a slider (arrows ±1 year, PageUp/PageDown ±5, Home/End) and drags with a mouse,
 * pen or finger; a press on the track or on the year labels under it moves the cursor there.
 */
export function Timeline({ bands }: { bands: readonly TimelineBand[] }) {
  const trackRef = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  // Pre-rendered with the unmeasured tick set (every few years), which fits a phone's track too: a page
  // without JavaScript keeps it, and hydration only adds ticks where there is room.
  const width = useElementWidth(trackRef, 0);
  const dragging = useRef<HandleId | null>(null);
  const { range, setYearRange, setAt } = useFilters(useShallow((s) => ({ range: s.yearRange, setYearRange: s.setYearRange, setAt: s.setAt })));
  const at = useFilters(selectCursor);
  const vs = useFilters(selectComparedYear);
  const span = compareSpan(at, vs);
  // The track spans the dataset's own years.
  const domainYears = useFilters((s) => s.domain.years);
  const values: Record<HandleId, number> = { from: range[0], to: range[1], at };
  // Two flags a year or two apart on a narrow track move apart rather than cover each other.
  const trackWidth = width || 300;
  const flags = vs === null ? { at: 0, vs: 0 } : flagOffsets(yearShare(at, domainYears) * trackWidth, yearShare(vs, domainYears) * trackWidth, [-RAIL_MARGIN_PX, trackWidth + RAIL_MARGIN_PX]);
  const bounds: Record<HandleId, YearSpan> = { from: [domainYears[0], range[1]], to: [range[0], domainYears[1]], at: range };

  const move = (id: HandleId, year: number) => {
    if (year === values[id]) return;
    if (id === 'at') setAt(year);
    else setYearRange(rangeWithEnd(range, id, year, domainYears));
  };
  const yearAt = (clientX: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    return box && box.width ? yearAtShare((clientX - box.left) / box.width, domainYears) : values.at;
  };
  const startDrag = (id: HandleId) => (event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    event.stopPropagation();
    dragging.current = id;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    (event.currentTarget as HTMLElement).focus();
  };
  const onDrag = (id: HandleId) => (event: PointerEvent<HTMLElement>) => {
    if (dragging.current === id) move(id, yearAt(event.clientX));
  };
  const endDrag = () => {
    dragging.current = null;
  };
  const onKeyDown = (id: HandleId) => (event: KeyboardEvent<HTMLElement>) => {
    const year = yearForKey(event.key, values[id], bounds[id]);
    if (year === null) return;
    event.preventDefault();
    move(id, year);
  };
  const onTrackDown = (event: PointerEvent<HTMLDivElement>) => {
    move('at', Math.min(range[1], Math.max(range[0], yearAt(event.clientX))));
  };

  const handle = (id: HandleId) => (
    <div
      key={id}
      className={`timeline-handle is-${id}`}
      style={{ left: percent(yearShare(values[id], domainYears)) }}
      role="slider"
      tabIndex={0}
      aria-label={intl.formatMessage({ id: `filters.handle.${id}` })}
      aria-valuemin={bounds[id][0]}
      aria-valuemax={bounds[id][1]}
      aria-valuenow={values[id]}
      aria-valuetext={intl.formatMessage({ id: `filters.handleValue.${id}` }, { year: values[id] })}
      onPointerDown={startDrag(id)}
      onPointerMove={onDrag(id)}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown(id)}
    >
      {id === 'at' && <span className="timeline-at-label" style={shifted(flags.at)} aria-hidden="true">{at}</span>}
    </div>
  );

  return (
    <div className="timeline">
      <div className="timeline-rail">
        <div className="timeline-track" ref={trackRef} onPointerDown={onTrackDown} aria-hidden="true">
          {bands.map((band, i) => (
            <div
              key={band.key}
              className={`timeline-band band-${i}`}
              style={{ left: percent(yearShare(band.span[0], domainYears)), width: percent(yearShare(band.span[1], domainYears) - yearShare(band.span[0], domainYears)) }}
              title={intl.formatMessage({ id: 'filters.band.title' }, { band: intl.formatMessage({ id: band.label }), from: band.span[0], to: band.span[1] })}
            />
          ))}
          <div className="timeline-range" style={{ left: percent(yearShare(range[0], domainYears)), width: percent(yearShare(range[1], domainYears) - yearShare(range[0], domainYears)) }} />
        </div>
        {/* The compare year: a dashed line and a dashed flag (the select in the bar names it for assistive technology). */}
        {vs !== null && (
          <div className="timeline-compare" style={{ left: percent(yearShare(vs, domainYears)) }} aria-hidden="true">
            <span className="timeline-compare-label" style={shifted(flags.vs)}>{vs}</span>
          </div>
        )}
        {handle('from')}
        {handle('to')}
        {handle('at')}
        <div className="timeline-ticks" onPointerDown={onTrackDown} aria-hidden="true">
          {tickYears(domainYears, width || 300).map((year) => (
            <span key={year} style={{ left: percent(yearShare(year, domainYears)) }}>{year}</span>
          ))}
        </div>
      </div>
      {bands.length > 0 && (
        <p className="timeline-legend">
          <span className="visually-hidden"><FormattedMessage id="filters.yearsWithData" /> </span>
          {bands.map((band, i) => (
            <span key={band.key}>
              <span className={`timeline-swatch band-${i}`} aria-hidden="true" />
              <FormattedMessage id="filters.band.legend" values={{ band: intl.formatMessage({ id: band.label }), from: band.span[0], to: band.span[1] }} />
            </span>
          ))}
          {/* What the dashed mark is and which views answer to it: the select alone does not say. */}
          {span && (
            <span className="timeline-compare-key">
              <span className="timeline-swatch is-compare" aria-hidden="true" />
              <FormattedMessage id="filters.compare.legend" values={{ from: span[0], to: span[1] }} />
            </span>
          )}
        </p>
      )}
    </div>
  );
}
