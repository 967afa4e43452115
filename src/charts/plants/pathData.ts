import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';

/** Tenths of a pixel: d3's default three decimals made the outlines 150 KB of the pre-rendered HTML (57 KB gzip), for differences no screen shows. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data for a polygon outline, as d3's own `geoPath(projection).digits(1)` writes it ("M x,y L x,y … Z"),
 * but collected in a list and joined once. d3 appends to one string piece by piece, which V8 keeps as a rope —
 * for the world map ~30,000 rope nodes, 0.6 MB of the page's heap for as long as the paths are drawn (measured
 * in a heap snapshot); a joined string is one flat string. Points (drawn by d3 as circles) are not outlines and
 * are refused.
 */
export function outlinePathData(projection: GeoProjection): (object: GeoPermissibleObjects) => string | null {
  let parts: string[] = [];
  const context = {
    moveTo: (x: number, y: number) => void parts.push(`M${round(x)},${round(y)}`),
    lineTo: (x: number, y: number) => void parts.push(`L${round(x)},${round(y)}`),
    closePath: () => void parts.push('Z'),
    // Part of a canvas context's shape; d3 does not call it for outlines.
    beginPath: () => {},
    arc: () => {
      throw new Error('outlinePathData draws outlines, not points');
    },
  };
  const path = geoPath(projection, context);
  return (object) => {
    parts = [];
    path(object);
    return parts.length ? parts.join('') : null;
  };
}
