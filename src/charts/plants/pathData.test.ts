import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { outlinePathData } from './pathData';

const square: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] } };
const projection = geoEqualEarth().scale(100).translate([200, 100]);

describe('outlinePathData', () => {
  it('writes the path data d3 writes with one decimal, as one string', () => {
    const d = outlinePathData(projection)(square);
    expect(d).toBe(geoPath(projection).digits(1)(square));
    expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
  });

  it('starts afresh for each object, and gives null for one that draws nothing', () => {
    const path = outlinePathData(projection);
    const first = path(square);
    expect(path(square)).toBe(first);
    expect(path({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } } as Feature<Polygon>)).toBeNull();
  });

  it('refuses a point, which d3 would draw as a circle, not an outline', () => {
    expect(() => outlinePathData(projection)({ type: 'Point', coordinates: [5, 5] })).toThrow(/not points/);
  });
});
