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

/** The square of half-side `r` centred on `centre`: a round or square mark's bounds. */
export const boxAround = (centre: Point, r: number): Box => ({ x0: centre.x - r, y0: centre.y - r, x1: centre.x + r, y1: centre.y + r });

/** Whether two boxes overlap once each is grown by `margin` (touching edges do not overlap). */
export const boxesOverlap = (a: Box, b: Box, margin = 0) =>
  a.x0 - margin < b.x1 && b.x0 - margin < a.x1 && a.y0 - margin < b.y1 && b.y0 - margin < a.y1;
