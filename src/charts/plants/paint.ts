import type { Theme } from '../../theme/tokens';
import type { PlantMark } from './model';

/** A planned capacity's fill: faint enough that the outline reads first ("not built as stated"), strong enough to show its brand. */
export const PLANNED_FILL_OPACITY = 0.3;
/** A planned capacity's outline (px): the rings around a symbol keep clear of it (layout.ts). */
export const PLANNED_OUTLINE_WIDTH = 2;

/**
 * Fill and outline by what the figure is: solid for a stated capacity in effect (a surface-coloured edge parts it
 * from the map and its neighbours), see-through with a solid outline in its colour for a planned one, hollow with a
 * dashed outline for one not yet in effect. The outline says nothing else: a plant shared with a second Alliance
 * brand gets a ring of its own outside it (PlantSymbols), so a shared planned plant still reads as planned.
 */
export function markPaint(mark: PlantMark, colour: string, theme: Theme) {
  if (mark.isNotYet) return { fill: theme.surface, fillOpacity: 0.35, stroke: colour, strokeWidth: 1.6, strokeDasharray: '3 2' };
  if (mark.basis === 'planned') return { fill: colour, fillOpacity: PLANNED_FILL_OPACITY, stroke: colour, strokeWidth: PLANNED_OUTLINE_WIDTH };
  return { fill: colour, fillOpacity: 1, stroke: theme.surface, strokeWidth: 1 };
}
