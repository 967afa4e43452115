import { countryPathsFor } from './countryPaths';
import { regionProjection } from './model';
import { outlineOf, type CountryOutline } from './outlines';

const square = (id: string, lon: number): CountryOutline =>
  outlineOf({ type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: [[[lon, 0], [lon, 5], [lon + 5, 5], [lon + 5, 0], [lon, 0]]] } }, 0);
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

  it('keeps the last eight sizes of an atlas and projects the oldest again', () => {
    const atlas = [square('C', 40)];
    const pathsAt = (width: number) => countryPathsFor(atlas, 'world', width, regionProjection('world', width, width / 2));
    const widths = [300, 310, 320, 330, 340, 350, 360, 370];
    const first = widths.map(pathsAt);
    // Eight sizes fit: each is still the same list.
    expect(widths.map(pathsAt).every((paths, i) => paths === first[i])).toBe(true);
    pathsAt(380);
    // A ninth evicts the oldest (300) only.
    expect(pathsAt(310)).toBe(first[1]);
    expect(pathsAt(370)).toBe(first[7]);
    expect(pathsAt(300)).not.toBe(first[0]);
  });
});
