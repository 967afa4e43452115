// Where a hover card goes beside the mark it describes, inside the chart's frame. Pure.
import type { Box, Point } from './geometry';

/**
 * Where a tooltip of `size` goes next to a mark, all in pixels within the frame: right of it, else left
 * of it, else below or above (whichever has room), never past the frame's left, right or top edge.
 */
export function tooltipPlacement(mark: Box, size: { width: number; height: number }, frame: { width: number; height: number }): Point {
  const gap = 10;
  const top = Math.max(0, Math.min(mark.y0 - 12, frame.height - size.height));
  if (mark.x1 + gap + size.width <= frame.width) return { x: mark.x1 + gap, y: top };
  if (mark.x0 - gap - size.width >= 0) return { x: mark.x0 - gap - size.width, y: top };
  const x = Math.max(0, Math.min((mark.x0 + mark.x1) / 2 - size.width / 2, frame.width - size.width));
  const below = frame.height - mark.y1;
  const isBelow = below >= size.height + gap || below >= mark.y0;
  return { x, y: isBelow ? mark.y1 + gap : Math.max(0, mark.y0 - gap - size.height) };
}

/**
 * tooltipPlacement as CSS for an HTML card whose height is only estimated (`size.height`): placed above its
 * mark, it is pinned by its bottom edge, so a taller card grows away from the mark instead of over it (a
 * second tap on the mark must reach the mark).
 */
export function tooltipCss(mark: Box, size: { width: number; height: number }, frame: { width: number; height: number }): { left: number; top?: number; bottom?: number } {
  const at = tooltipPlacement(mark, size, frame);
  const isAbove = at.y + size.height <= mark.y0 && at.x < mark.x1 && at.x + size.width > mark.x0;
  return isAbove ? { left: at.x, bottom: frame.height - (at.y + size.height) } : { left: at.x, top: at.y };
}
