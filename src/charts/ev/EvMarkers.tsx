import { onActivateKey } from '../../components/onActivateKey';
import { useSourcePanel } from '../../state/sourcePanel';
import type { EvActive, EvMarkLayerProps } from './EvTooltip';
import { dateLabel } from './format';
import type { PlacedMarker } from './layout';
import { hoverOrFocus } from '../../components/hoverOrFocus';

interface EvMarkersProps extends EvMarkLayerProps {
  markers: readonly PlacedMarker[];
}

function openRecord({ marker }: PlacedMarker) {
  useSourcePanel.getState().openSource(marker.source, { key: marker.recordKey, index: marker.index });
}

/** Launch (brand colour) and event (grey) markers: a dashed line through the plot and a short label above it. */
export function EvMarkers({ markers, theme, highlighted, active, picked, onShow, onHide }: EvMarkersProps) {
  return (
    <g className="ev-markers">
      {markers.map((placed) => {
        const { marker, x, y1, y2, labelX, labelY, anchor } = placed;
        const colour = marker.brand ? theme.brand[marker.brand] : theme.muted;
        const isDimmed = highlighted !== null && marker.brand !== highlighted;
        const isActive =
          (active?.kind === 'marker' && active.marker.key === marker.key) ||
          (picked?.key === marker.recordKey && picked.index === marker.index);
        const target: EvActive = { kind: 'marker', marker, x, y: labelY ?? y1 };
        return (
          <g
            key={marker.key}
            className="ev-marker"
            data-marker={marker.recordKey}
            opacity={isDimmed ? 0.25 : 1}
            tabIndex={0}
            role="button"
            aria-label={`${marker.title.includes(marker.label) ? '' : `${marker.label}: `}${marker.title}, ${dateLabel(marker.date)}`}
            {...hoverOrFocus(() => onShow(target), onHide)}
            onClick={() => openRecord(placed)}
            onKeyDown={onActivateKey(() => openRecord(placed))}
          >
            <line x1={x} x2={x} y1={y1} y2={y2} stroke="transparent" strokeWidth={10} />
            <line
              className="ev-marker-line"
              x1={x}
              x2={x}
              y1={y1}
              y2={y2}
              stroke={colour}
              strokeWidth={isActive ? 1.5 : 1}
              strokeOpacity={isActive ? 0.9 : labelY === null ? 0.25 : 0.45}
              strokeDasharray="3 3"
            />
            {labelY !== null && (
              <text x={labelX} y={labelY} textAnchor={anchor} style={{ fill: colour }} className="ev-marker-label">
                {marker.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
