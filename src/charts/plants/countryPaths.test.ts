import type { CountryFeature } from './useWorldAtlas';
import { countryPathsFor } from './countryPaths';
import { regionProjection } from './model';

const square = (id: string, lon: number): CountryFeature => ({
  type: 'Feature',
  id,
  properties: { name: id },
  geometry: { type: 'Polygon', coordinates: [[[lon, 0], [lon, 5], [lon + 5, 5], [lon + 5, 0], [lon, 0]]] },
});
const countries = [square('A', 0), square('B', 20)];

describe('countryPathsFor', () => {
  it('returns one path per country, keyed by id', () => {
    const paths = countryPathsFor(countries, 'world', 640, regionProjection('world', 640, 320));
    expect(paths.map((p) => p.key)).toEqual(['A', 'B']);
    expect(paths.every((p) => p.d.startsWith('M'))).toBe(true);
  });

  it('writes coordinates to a tenth of a pixel', () => {
    const [first] = countryPathsFor(countries, 'americas', 640, regionProjection('americas', 640, 480));
    expect(first?.d).toMatch(/^M[-\d.,LZM]+$/);
    expect(first?.d.match(/\d+\.\d{2,}/)).toBeNull();
  });

  it('reuses the paths for the same atlas, region and width (a remounted map does not re-project)', () => {
    const first = countryPathsFor(countries, 'europe', 500, regionProjection('europe', 500, 400));
    expect(countryPathsFor(countries, 'europe', 500, regionProjection('europe', 500, 400))).toBe(first);
  });

  it('projects again for another width', () => {
    const narrow = countryPathsFor(countries, 'asia', 300, regionProjection('asia', 300, 200));
    const wide = countryPathsFor(countries, 'asia', 900, regionProjection('asia', 900, 600));
    expect(wide).not.toBe(narrow);
    expect(wide[0]?.d).not.toEqual(narrow[0]?.d);
  });
});
