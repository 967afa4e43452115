import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from 'world-atlas/countries-110m.json';
import { regionProjection } from './model';
import { outlineOf } from './outlines';
import { outlinePathData } from './pathData';

const square: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] } };
const projection = geoEqualEarth().scale(100).translate([200, 100]);

describe('outlinePathData', () => {
  it('writes the path data d3 writes with one decimal, as one string', () => {
    const d = outlinePathData(projection)(outlineOf(square, 0));
    expect(d).toBe(geoPath(projection).digits(1)(square));
    expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}Z$/);
  });

  it('closes every ring of every polygon, holes included, as d3 does', () => {
    const islands: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[0, 0], [0, 20], [20, 20], [20, 0], [0, 0]], [[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]]],
          [[[40, 0], [40, 5], [45, 5], [40, 0]]],
        ],
      },
    };
    const d = outlinePathData(projection)(outlineOf(islands, 0));
    expect(d).toBe(geoPath(projection).digits(1)(islands));
    expect(d?.match(/M/g)).toHaveLength(3);
    expect(d?.match(/Z/g)).toHaveLength(3);
  });

  it('starts afresh for each outline, and gives null for one that draws nothing', () => {
    const path = outlinePathData(projection);
    const first = path(outlineOf(square, 0));
    expect(path(outlineOf(square, 0))).toBe(first);
    expect(path({ key: 'empty', polygons: [] })).toBeNull();
  });

  // The shipped atlas, clipped at the antimeridian (Russia, Fiji) and at each region's frame: the same as d3's GeoJSON path.
  it('draws every country of the shipped atlas exactly as d3 draws its GeoJSON, in every region', () => {
    const atlas = topology as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(atlas, atlas.objects.countries).features;
    for (const region of ['world', 'europe', 'asia', 'americas'] as const) {
      const regionFrame = regionProjection(region, 640, 400);
      const d3Path = geoPath(regionFrame).digits(1);
      const ours = outlinePathData(regionFrame);
      const differing = countries.filter((country, i) => (ours(outlineOf(country, i)) ?? '') !== (d3Path(country) ?? ''));
      expect(differing.map((country) => country.id)).toEqual([]);
    }
  });
});
