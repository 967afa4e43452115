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
  // A line of one point is a segment of no length: it crosses the box where it lies inside it.
  return points.some((b, i) => (i > 0 || points.length === 1) && segmentCrossesBox(points[i - 1] ?? b, b, box));
}

/**
 * Liang–Barsky for one segment. Written out, side by side, with no array per side: label placement runs it
 * for every line near every spot it weighs, and the arrays were most of a grown diagram's garbage.
 */
function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const span = { enter: 0, leave: 1 };
  // Each side: the segment's direction towards it (p) against its distance to it (q).
  return (
    clipsTo(span, -dx, a.x - box.x0) && clipsTo(span, dx, box.x1 - a.x) && clipsTo(span, -dy, a.y - box.y0) && clipsTo(span, dy, box.y1 - a.y) && span.enter < span.leave
  );
}

/** Narrows the part of a segment inside one side of a box; false when the segment runs along that side's outside. */
function clipsTo(span: { enter: number; leave: number }, p: number, q: number): boolean {
  // Not `q > 0`: a NaN distance leaves the segment in, as the test this replaced did.
  if (p === 0) return !(q <= 0);
  if (p < 0) span.enter = Math.max(span.enter, q / p);
  else span.leave = Math.min(span.leave, q / p);
  return true;
}
