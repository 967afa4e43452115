// The one set of plane shapes the views place things with (labels, boxes, tooltips, zoom). Pure.

/** A position in pixels (or viewBox units) within a frame. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle, left/top (x0, y0) to right/bottom (x1, y1). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A coordinate to a tenth of a pixel, as every chart writes them: finer is invisible and only lengthens the markup. */
export const toTenth = (v: number) => Math.round(v * 10) / 10;

/** Straight-line distance between two points. */
export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The square of half-side `r` centred on `centre`: a round or square mark's bounds. */
export const boxAround = (centre: Point, r: number): Box => ({ x0: centre.x - r, y0: centre.y - r, x1: centre.x + r, y1: centre.y + r });

/** `box` grown by `by` on every side. */
export const grown = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });

/** Whether two boxes overlap once each is grown by `margin` (touching edges do not overlap). */
export const boxesOverlap = (a: Box, b: Box, margin = 0) =>
  a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;

/**
 * Whether the polyline through `points` passes through the inside of `box` (Liang–Barsky clipping of each
 * segment): a label's box can sit between two samples of a line and still be crossed by it.
 */
export function lineCrossesBox(points: readonly Point[], box: Box): boolean {
  return points.some((a, i) => {
    const b = points[i + 1];
    if (!b) return i === 0 && a.x > box.x0 && a.x < box.x1 && a.y > box.y0 && a.y < box.y1;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    let [enter, leave] = [0, 1];
    // Each side: the segment's distance to it (q) against its direction towards it (p).
    for (const [p, q] of [[-dx, a.x - box.x0], [dx, box.x1 - a.x], [-dy, a.y - box.y0], [dy, box.y1 - a.y]] as const) {
      if (p === 0) {
        if (q <= 0) return false;
      } else if (p < 0) enter = Math.max(enter, q / p);
      else leave = Math.min(leave, q / p);
    }
    return enter < leave;
  });
}
