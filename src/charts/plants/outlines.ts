import type { Feature, Geometry, Position } from 'geojson';

/**
 * A country's outline as the map keeps it: its polygons, each a list of rings, each ring one flat list of
 * longitude, latitude pairs (GeoJSON's order, the closing point included).
 *
 * Why not GeoJSON: a GeoJSON point is an array of its own — for the ~10,600 points of the 110m atlas about
 * 0.7 MB of the page's heap for as long as the map can redraw; flat Float64Arrays hold the same numbers in
 * 0.17 MB (measured in a heap snapshot).
 */
export interface CountryOutline {
  key: string;
  polygons: readonly (readonly Float64Array[])[];
}

function ring(points: readonly Position[]): Float64Array {
  const flat = new Float64Array(points.length * 2);
  points.forEach(([lon = Number.NaN, lat = Number.NaN], i) => {
    flat[i * 2] = lon;
    flat[i * 2 + 1] = lat;
  });
  return flat;
}

/** Areas only: a country's Polygon or MultiPolygon; any other geometry (none in the atlas) has no outline. */
function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** The outline of a GeoJSON country, keyed by its id (or its place in the atlas, if it has none). */
export function outlineOf(country: Feature<Geometry | null>, index: number): CountryOutline {
  return { key: String(country.id ?? index), polygons: polygonsOf(country.geometry).map((polygon) => polygon.map(ring)) };
}
