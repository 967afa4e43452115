import type { GeoProjection, GeoStream } from 'd3-geo';
import type { CountryOutline } from './outlines';
// Coordinates in tenths of a pixel (toTenth): d3's default three decimals made the outlines 150 KB of the
// pre-rendered HTML (57 KB gzip), for differences no screen shows.
import { toTenth } from '../../components/geometry';

/**
 * SVG path data for a country outline, as d3's own `geoPath(projection).digits(1)` writes it for the same
 * GeoJSON ("M x,y L x,y … Z"; tested), streamed through the projection — which clips, rotates and resamples as
 * for GeoJSON — from the flat rings of `outlines.ts`.
 *
 * Collected in a list and joined once: d3 appends to one string piece by piece, which V8 keeps as a rope — for
 * the world map ~30,000 rope nodes, 0.6 MB of the page's heap for as long as the paths are drawn (measured in
 * a heap snapshot); a joined string is one flat string.
 */
export function outlinePathData(projection: GeoProjection): (outline: CountryOutline) => string | null {
  let parts: string[] = [];
  let atStart = true;
  let inPolygon = false;
  // What the projection writes after clipping: d3's path context does the same with these calls.
  const sink: GeoStream = {
    point: (x, y) => {
      parts.push(`${atStart ? 'M' : 'L'}${toTenth(x)},${toTenth(y)}`);
      atStart = false;
    },
    lineStart: () => {
      atStart = true;
    },
    lineEnd: () => {
      if (inPolygon) parts.push('Z');
    },
    polygonStart: () => {
      inPolygon = true;
    },
    polygonEnd: () => {
      inPolygon = false;
    },
    sphere: () => {},
  };
  return (outline) => {
    parts = [];
    const stream = projection.stream(sink);
    for (const polygon of outline.polygons) {
      stream.polygonStart();
      for (const ring of polygon) {
        stream.lineStart();
        // A GeoJSON ring repeats its first point last; d3 streams it without the repeat, and so does this.
        for (let i = 0; i < ring.length - 2; i += 2) stream.point(ring[i] ?? 0, ring[i + 1] ?? 0);
        stream.lineEnd();
      }
      stream.polygonEnd();
    }
    return parts.length ? parts.join('') : null;
  };
}
