import { memo, type SVGProps } from 'react';
import { onActivateKey } from '../../components/onActivateKey';
import type { Plant } from '../../data/schema';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import type { Theme } from '../../theme/tokens';
import { symbolHalfSize, type PlantLabel } from './layout';
import type { PlantMark } from './model';
import { markPaint } from './paint';
import { hoverOrFocus } from '../../components/hoverOrFocus';

interface SymbolsProps {
  marks: readonly PlantMark[];
  labels: readonly PlantLabel[];
  fontSize: number;
  plants: readonly Plant[];
  theme: Theme;
  /** Called with the plant hovered or focused, and null when it is left. */
  onActivate: (mark: PlantMark | null) => void;
}

const DIM_OPACITY = 0.25;
const FADED_OPACITY = 0.15;

/** One symbol in the plant's unit shape (circle, square, diamond), same area for the same capacity. */
function Shape({ mark, ...rest }: { mark: PlantMark } & SVGProps<SVGElement>) {
  const { x, y, r, unit } = mark;
  const half = symbolHalfSize(unit, r);
  if (unit === 'engines') return <rect x={x - half} y={y - half} width={half * 2} height={half * 2} {...(rest as SVGProps<SVGRectElement>)} />;
  if (unit === 'batteries') {
    const d = `M${x},${y - half}L${x + half},${y}L${x},${y + half}L${x - half},${y}Z`;
    return <path d={d} {...(rest as SVGProps<SVGPathElement>)} />;
  }
  return <circle cx={x} cy={y} r={r} {...(rest as SVGProps<SVGCircleElement>)} />;
}

/** Opacity of a mark: faded when its brand is not selected, dimmed when another brand is highlighted. */
export function markOpacity(mark: PlantMark, highlighted: string | null): number {
  if (mark.isFaded) return FADED_OPACITY;
  return highlighted && !mark.brands.some((b) => b === highlighted) ? DIM_OPACITY : 1;
}

/** The plant symbols (focusable buttons that open the source, except faded ones) and their direct labels. */
export const PlantSymbols = memo(function PlantSymbols({ marks, labels, fontSize, plants, theme, onActivate }: SymbolsProps) {
  const highlighted = useFilters((s) => s.highlightedBrand);
  const setHighlightedBrand = useFilters((s) => s.setHighlightedBrand);
  const record = useSourcePanel((s) => s.highlightedRecord);
  const recordIndex = record?.key === 'plants' ? record.index : null;

  const enter = (mark: PlantMark) => {
    onActivate(mark);
    setHighlightedBrand(mark.fill);
  };
  const leave = () => {
    onActivate(null);
    setHighlightedBrand(null);
  };
  const open = (mark: PlantMark) => {
    const plant = plants[mark.index];
    if (plant) useSourcePanel.getState().openSource(plant.source, { key: 'plants', index: mark.index });
  };
  const onKeyDown = (mark: PlantMark) => onActivateKey(() => open(mark));

  const byId = new Map(marks.map((m) => [m.id, m]));
  return (
    <>
      <g className="plant-symbols">
        {/* Plants opened between the two years compared: a ring around the symbol, drawn under it. */}
        {marks.filter((m) => m.isNew && !m.isFaded).map((mark) => (
          <circle key={`new-${mark.id}`} className="plant-new-ring" cx={mark.x} cy={mark.y} r={mark.r + 5} fill="none" stroke={theme.text} strokeWidth={2} aria-hidden="true" />
        ))}
        {marks.map((mark) => {
          const colour = mark.fill ? theme.brand[mark.fill] : theme.other;
          const common = {
            className: `plant-mark${recordIndex === mark.index ? ' is-record' : ''}`,
            'data-plant': mark.id,
            'data-status': mark.isFaded ? 'faded' : mark.isNotYet ? 'not-yet' : mark.basis,
            'data-new': mark.isNew ? 'true' : undefined,
            ...markPaint(mark, colour, theme),
            opacity: markOpacity(mark, highlighted),
          };
          if (mark.isFaded) return <Shape key={mark.id} {...common} mark={mark} aria-hidden="true" pointerEvents="none" />;
          return (
            <Shape
              key={mark.id}
              {...common}
              mark={mark}
              tabIndex={0}
              role="button"
              aria-label={mark.ariaLabel}
              {...hoverOrFocus(() => enter(mark), leave)}
              onClick={() => open(mark)}
              onKeyDown={onKeyDown(mark)}
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
              stroke={theme.surface}
              style={{ fontSize, fill: theme.text }}
            >
              {label.text}
            </text>
          );
        })}
      </g>
    </>
  );
});
