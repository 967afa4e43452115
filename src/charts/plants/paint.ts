import { brandColour, type Theme } from '../../theme/tokens';
import type { PlantMark } from './model';

/** A planned capacity's fill: faint enough that the outline reads first ("not built as stated"), strong enough to show its brand. */
export const PLANNED_FILL_OPACITY = 0.3;

/**
 * Fill and outline by what the figure is: solid for a stated capacity in effect, see-through with a solid outline
 * for a planned one, hollow with a dashed outline for one not yet in effect. A ring in a second colour
 * marks a plant shared with another Alliance brand.
 */
export function markPaint(mark: PlantMark, colour: string, theme: Theme) {
  if (mark.isNotYet) return { fill: theme.surface, fillOpacity: 0.35, stroke: colour, strokeWidth: 1.6, strokeDasharray: '3 2' };
  const stroke = mark.ring ? brandColour(theme, mark.ring) : mark.basis === 'planned' ? colour : theme.surface;
  if (mark.basis === 'planned') return { fill: colour, fillOpacity: PLANNED_FILL_OPACITY, stroke, strokeWidth: mark.ring ? 2.5 : 2 };
  return { fill: colour, fillOpacity: 1, stroke, strokeWidth: mark.ring ? 2.5 : 1 };
}

