import { useIntl } from 'react-intl';
import { brandColour } from '../../theme/tokens';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import type { EvActive, EvMarkLayerProps } from './EvTooltip';
import type { PlacedMarker } from './layout';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { MIN_TARGET } from '../../components/touchTarget';
import { EV_LABEL_SIZE, halo } from './halo';
import { formatsOf } from '../../i18n/format';
import { isDimmedBy } from '../../state/highlight';

interface EvMarkersProps extends EvMarkLayerProps {
  markers: readonly PlacedMarker[];
}

/**
 * Launch (brand colour) and event (grey) markers: a dashed line through the plot and a short label above it.
 * The dashed lines sit in one layer under every label, so a line from a higher label row passes behind
 * (the halo of) the labels below it instead of striking through them; the marks stay in date order for the keyboard.
 */
export function EvMarkers({ markers, theme, highlighted, active, picked, onShow, onHide, onOpen, tapFor }: EvMarkersProps) {
  const intl = useIntl();
  const stops = useRovingStops();
  const f = formatsOf(intl);
  const openRecord = ({ marker }: PlacedMarker) => onOpen(marker.source, { key: marker.recordKey, index: marker.index });
  const look = (placed: PlacedMarker) => {
    const { marker } = placed;
    return {
      colour: marker.brand ? brandColour(theme, marker.brand) : theme.muted,
      isDimmed: isDimmedBy(highlighted, marker.brand),
      isActive:
        (active?.kind === 'marker' && active.marker.key === marker.key) ||
        (picked?.key === marker.recordKey && picked.index === marker.index),
    };
  };
  return (
    <g className="ev-markers">
      <g className="ev-marker-lines" aria-hidden="true">
        {markers.map((placed) => {
          const { colour, isDimmed, isActive } = look(placed);
          return (
            <line
              key={placed.marker.key}
              className="ev-marker-line"
              x1={placed.x}
              x2={placed.x}
              y1={placed.y1}
              y2={placed.y2}
              stroke={colour}
              strokeWidth={isActive ? 1.5 : 1}
              strokeOpacity={(isActive ? 0.9 : placed.labelY === null ? 0.25 : 0.45) * (isDimmed ? 0.25 : 1)}
              strokeDasharray={isActive ? undefined : '3 3'}
            />
          );
        })}
      </g>
      {markers.map((placed) => {
        const { marker, x, y1, y2, labelX, labelY, anchor } = placed;
        const { colour, isDimmed } = look(placed);
        const target: EvActive = { kind: 'marker', marker, x, y: labelY ?? y1 };
        return (
          <g
            key={marker.key}
            className="ev-marker"
            data-marker={marker.recordKey}
            opacity={isDimmed ? 0.25 : 1}
            {...stops(`marker ${marker.key}`)}
            role="button"
            aria-label={intl.formatMessage(
              { id: marker.title.includes(marker.label) ? 'ev.marker.name' : 'ev.marker.nameWithLabel' },
              { label: marker.label, title: marker.title, date: f.isoDate(marker.date) },
            )}
            {...hoverOrFocus(() => onShow(target), onHide)}
            {...tapFor(`marker ${marker.key}`, () => onShow(target), () => openRecord(placed))}
            onKeyDown={onActivateKey(() => openRecord(placed))}
          >
            <line x1={x} x2={x} y1={y1} y2={y2} stroke="transparent" strokeWidth={MIN_TARGET} />
            {/* Drawn only on keyboard focus (CSS): the focus ring of a mark whose line lives in the layer below. */}
            <line className="ev-marker-focus" x1={x} x2={x} y1={y1} y2={y2} stroke="transparent" />
            {labelY !== null && (
              <text x={labelX} y={labelY} textAnchor={anchor} fill={colour} fontSize={EV_LABEL_SIZE} {...halo(theme)} className="ev-marker-label">
                {marker.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
