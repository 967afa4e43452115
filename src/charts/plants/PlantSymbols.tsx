import { memo, type CSSProperties, type SVGProps } from 'react';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import type { TapHandlers } from '../../components/tapToPreview';
import { hitRadius } from '../../components/touchTarget';
import { brandColour, type Theme } from '../../theme/tokens';
import { BRAND_RING, hasBrandRing, NEW_RING_WIDTH, newRingOffset, symbolExtent, type PlantLabel } from './layout';
import type { PlantMark } from './model';
import { markPaint } from './paint';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { isDimmedBy, type Highlight } from '../../state/highlight';

interface SymbolsProps {
  marks: readonly PlantMark[];
  labels: readonly PlantLabel[];
  fontSize: number;
  theme: Theme;
  /** The map's zoom: symbols and labels are drawn at 1 / zoom so they keep their size on screen. */
  zoom: number;
  highlighted: Highlight;
  /** Index of the plant whose record is picked in the source panel. */
  recordIndex: number | null;
  /** Hover or focus on a plant, and leaving it. */
  onShow: (mark: PlantMark) => void;
  onHide: () => void;
  /** Opens the plant's source (click, Enter, a second tap). */
  onOpen: (mark: PlantMark) => void;
  /** Touch handlers for a plant: the first tap shows its tooltip, the second opens the source. */
  tapFor: (mark: PlantMark) => TapHandlers;
}

const DIM_OPACITY = 0.25;
const FADED_OPACITY = 0.15;

/**
 * One symbol in the plant's unit shape (circle, square, diamond), same area for the same capacity; `grow` px
 * wider on every side for a ring around it (a diamond's half-diagonal grows by √2 for that).
 */
function Shape({ mark, grow = 0, ...rest }: { mark: PlantMark; grow?: number } & SVGProps<SVGElement>) {
  const { x, y, unit } = mark;
  // A circle's radius, a square's half side, a diamond's half diagonal: one rule for the symbol and its rings.
  const half = symbolExtent(unit, mark.r, grow);
  if (unit === 'engines') return <rect x={x - half} y={y - half} width={half * 2} height={half * 2} {...(rest as SVGProps<SVGRectElement>)} />;
  if (unit === 'batteries') {
    const d = `M${x},${y - half}L${x + half},${y}L${x},${y + half}L${x - half},${y}Z`;
    return <path d={d} {...(rest as SVGProps<SVGPathElement>)} />;
  }
  return <circle cx={x} cy={y} r={half} {...(rest as SVGProps<SVGCircleElement>)} />;
}

/** Opacity of a mark: faded when its brand is not selected, dimmed when none of its brands is highlighted. */
export function markOpacity(mark: PlantMark, highlighted: Highlight): number {
  if (mark.isFaded) return FADED_OPACITY;
  return isDimmedBy(highlighted, mark.brands) ? DIM_OPACITY : 1;
}

/** Scales a mark drawn about (x, y) by 1 / zoom (a CSS transform, so the export, never zoomed, has none). */
function counterScale(x: number, y: number, zoom: number): CSSProperties | undefined {
  return zoom === 1 ? undefined : { transform: `translate(${x}px, ${y}px) scale(${1 / zoom}) translate(${-x}px, ${-y}px)` };
}

/** The plant symbols (focusable buttons that open the source, except faded ones) and their direct labels. */
export const PlantSymbols = memo(function PlantSymbols({ marks, labels, fontSize, theme, zoom, highlighted, recordIndex, onShow, onHide, onOpen, tapFor }: SymbolsProps) {
  const stops = useRovingStops();
  const ringProps = (mark: PlantMark, grow: number) =>
    ({ mark, grow, fill: 'none', opacity: markOpacity(mark, highlighted), 'aria-hidden': true, pointerEvents: 'none', style: counterScale(mark.x, mark.y, zoom) }) as const;
  const byId = new Map(marks.map((m) => [m.id, m]));
  const shown = marks.filter((m) => !m.isFaded);
  return (
    <>
      <g className="plant-symbols">
        {/* Invisible touch targets at least 24 px across, under the symbols: a small plant is still easy to tap. */}
        {shown.map((mark) => (
          <circle
            key={`hit-${mark.id}`}
            className="plant-hit"
            data-plant-hit={mark.id}
            cx={mark.x}
            cy={mark.y}
            r={hitRadius(mark.r)}
            fill="transparent"
            aria-hidden="true"
            style={counterScale(mark.x, mark.y, zoom)}
            {...hoverOrFocus(() => onShow(mark), onHide)}
            {...tapFor(mark)}
          />
        ))}
        {/* Rings in the symbol's shape, outside it, passing hover and taps through: a second brand's, in its
            colour, apart from the symbol's own outline; then, for a plant opened between the two years compared, a dashed one. */}
        {marks.filter(hasBrandRing).map((mark) => (
          <Shape key={`ring-${mark.id}`} {...ringProps(mark, BRAND_RING.offset)} className="plant-ring" data-plant-ring={mark.id} stroke={brandColour(theme, mark.ring)} strokeWidth={BRAND_RING.width} />
        ))}
        {marks.filter((m) => m.isNew && !m.isFaded).map((mark) => (
          <Shape key={`new-${mark.id}`} {...ringProps(mark, newRingOffset(mark))} className="plant-new-ring" stroke={theme.text} strokeWidth={NEW_RING_WIDTH} strokeDasharray="5 3" />
        ))}
        {marks.map((mark) => {
          const colour = mark.fill ? brandColour(theme, mark.fill) : theme.other;
          const common = {
            className: `plant-mark${recordIndex === mark.index ? ' is-record' : ''}`,
            'data-plant': mark.id,
            'data-status': mark.isFaded ? 'faded' : mark.isNotYet ? 'not-yet' : mark.basis,
            'data-new': mark.isNew ? 'true' : undefined,
            ...markPaint(mark, colour, theme),
            opacity: markOpacity(mark, highlighted),
            style: counterScale(mark.x, mark.y, zoom),
          };
          if (mark.isFaded) return <Shape key={mark.id} {...common} mark={mark} aria-hidden="true" pointerEvents="none" />;
          return (
            <Shape
              key={mark.id}
              {...common}
              mark={mark}
              {...stops(`plant ${mark.id}`)}
              role="button"
              aria-label={mark.ariaLabel}
              {...hoverOrFocus(() => onShow(mark), onHide)}
              {...tapFor(mark)}
              onKeyDown={onActivateKey(() => onOpen(mark))}
            />
          );
        })}
      </g>
      <g className="plant-labels" aria-hidden="true">
        {labels.map((label) => {
          const mark = byId.get(label.id);
          return (
            <text
              key={label.id}
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              opacity={mark ? markOpacity(mark, highlighted) : 1}
              fill={theme.text}
              fontSize={fontSize}
              fontWeight={600}
              // A halo in the surface colour under the fill, so a label stays legible over outlines and symbols.
              stroke={theme.surface}
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
              style={mark && counterScale(mark.x, mark.y, zoom)}
            >
              {label.text}
            </text>
          );
        })}
      </g>
    </>
  );
});
