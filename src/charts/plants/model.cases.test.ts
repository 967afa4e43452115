import type { GeoProjection } from 'd3-geo';
import type { Plant } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { plantMarks, plantRows, plantsSummary, regionLabel, regionOutline, regionProjection, type PlantFilters, type PlantRow } from './model';
import { groupTitle, rowNote } from './rankedText';
import { plantsTable } from './table';

/** The plant model on small made-up plants, one case each: the edges the seed's nine plants never show. */
const en = intlFor('en');
const fr = intlFor('fr');
const ja = intlFor('ja');
const BRANDS = ['Renault', 'Nissan'];
const filters = (year: number, extra: Partial<PlantFilters> = {}): PlantFilters => ({ yearRange: [1999, year], brands: BRANDS, allBrands: BRANDS, ...extra });
const plant = (id: string, more: Partial<Plant> = {}): Plant => ({
  id, name: `${id} plant`, city: id, country: 'France', lat: 0, lon: 0, brands: ['Renault'], capacityUnit: 'vehicles', source: 'wiki-alliance',
  capacities: [{ amount: 100_000, basis: 'stated', scope: 'plant', period: 'year', from: null }],
  ...more,
});

describe('plantMarks on the map’s edges', () => {
  // A projection that keeps lon/lat as x/y, so that the plants sit exactly where the test puts them.
  const flat = (([lon, lat]: [number, number]) => (lon < -500 ? null : [lon, lat])) as unknown as GeoProjection;
  const at = (id: string, x: number, y: number) => plant(id, { lon: x, lat: y });
  const ids = (plants: Plant[]) => plantMarks(plants, filters(2020), flat, { width: 100, height: 50 }, () => 5, en).map((m) => m.id);

  it('keeps plants on each edge of the frame and drops those just outside', () => {
    const plants = [at('left', 0, 20), at('right', 100, 20), at('top', 50, 0), at('bottom', 50, 50), at('out-left', -0.1, 20), at('out-right', 100.1, 20), at('out-top', 50, -0.1), at('out-bottom', 50, 50.1)];
    expect(ids(plants)).toEqual(['left', 'right', 'top', 'bottom']);
  });

  it('drops a plant the projection cannot place', () => {
    expect(ids([at('nowhere', -1000, 0), at('here', 10, 10)])).toEqual(['here']);
  });

  it('keeps dataset order between plants of the same size', () => {
    expect(ids([at('a', 10, 10), at('b', 20, 10), at('c', 30, 10)])).toEqual(['a', 'b', 'c']);
  });
});

describe('regions', () => {
  it('names a region in the reader’s language', () => {
    expect([regionLabel('europe', en), regionLabel('world', en)]).toEqual(['Europe', 'World']);
  });

  it('outlines the box by points on its four edges, corners and midpoints included', () => {
    // Europe: 12° W to 56° E, 29° N to 66° N.
    const points = regionOutline('europe').coordinates;
    for (const point of [[-12, 29], [56, 29], [-12, 66], [56, 66], [22, 29], [22, 66], [-12, 47.5], [56, 47.5]]) expect(points).toContainEqual(point);
    expect(points.every(([lon, lat]) => lon === -12 || lon === 56 || lat === 29 || lat === 66)).toBe(true);
  });

  it('centres the projection on the region: Asia’s middle meridian (106° E) falls in the middle of the map', () => {
    const [x] = regionProjection('asia', 800, 400)([106, 26]) ?? [];
    expect(x).toBeCloseTo(400, 0);
  });
});

describe('when a plant not yet in effect gets there', () => {
  it('is its figure’s year when the plant opened in the year shown but its first figure starts later', () => {
    const late = plant('late', { opened: 2015, capacities: [{ amount: 100_000, basis: 'stated', scope: 'plant', period: 'year', from: '2017' }] });
    expect(plantRows([late], filters(2015))[0]?.comesIn).toBe(2017);
  });

  it('is its opening year when it opens after the year shown', () => {
    const future = plant('future', { opened: 2018, capacities: [{ amount: 100_000, basis: 'stated', scope: 'plant', period: 'year', from: '2016' }] });
    expect(plantRows([future], filters(2015))[0]?.comesIn).toBe(2018);
  });
});

describe('plantsSummary: the largest figure', () => {
  it('names every plant that ties for the largest figure of the same unit, and both bases', () => {
    const plants = [
      plant('Alpha', { capacities: [{ amount: 300_000, basis: 'stated', scope: 'plant', period: 'year', from: null }] }),
      plant('Beta', { capacities: [{ amount: 300_000, basis: 'planned', scope: 'plant', period: 'year', from: null }] }),
      plant('Gamma', { capacityUnit: 'engines', capacities: [{ amount: 300_000, basis: 'stated', scope: 'plant', period: null, from: null }] }),
    ];
    expect(plantsSummary(plants, filters(2020), en)).toContain('Largest: Alpha, France and Beta, France (300,000 vehicles a year each, stated or planned).');
  });

  it('gives the largest figure with no period when the source gives none', () => {
    const plants = [plant('Gamma', { capacityUnit: 'engines', capacities: [{ amount: 300_000, basis: 'stated', scope: 'plant', period: null, from: null }] })];
    expect(plantsSummary(plants, filters(2020), en)).toContain('Largest: Gamma, France (300,000 engines, stated).');
  });
});

describe('rankedText', () => {
  const row = (more: Partial<PlantRow>, plantMore: Partial<Plant> = {}): PlantRow => {
    const p = plant('Row', plantMore);
    return { index: 0, plant: p, capacity: p.capacities[0]!, fill: 'Renault', isFaded: false, isNotYet: false, comesIn: null, isNew: false, ...more };
  };

  it('titles a group with a period only when every figure in it has one', () => {
    const noPeriod = row({}, { capacities: [{ amount: 1, basis: 'stated', scope: 'plant', period: null, from: null }] });
    expect([groupTitle('vehicles', [row({}), noPeriod], en), groupTitle('vehicles', [row({})], en)]).toEqual(['Vehicles', 'Vehicles a year']);
  });

  it('says when a plant not yet in effect comes in, or that it comes later', () => {
    expect([rowNote(row({ isNotYet: true, comesIn: 2017 }), en), rowNote(row({ isNotYet: true, comesIn: null }), en)]).toEqual(['from 2017', 'from a later date']);
  });

  it('marks a plant opened between the compared years, and a planned opening as planned, without brackets in brackets', () => {
    expect([rowNote(row({ isNew: true }, { opened: 2017 }), en), rowNote(row({ isNew: true }, { opened: 2017, openedBasis: 'planned' }), en)]).toEqual(['new: opened 2017', 'new: due to open 2017']);
    // The exported list puts a note in brackets: "Aguascalientes 230,000 (planned · new: due to open 2017)".
    expect([fr, ja].map((intl) => rowNote(row({ isNew: true }, { opened: 2017, openedBasis: 'planned' }), intl))).toEqual(['nouvelle\u202f: ouverture prévue en 2017', '新規：2017年稼働予定']);
  });
});

describe('plantsTable', () => {
  it('heads each column, marks the capacity numeric and the dates as months, and gives the year in the caption', () => {
    const table = plantsTable([], filters(2016), en);
    expect(table.caption).toBe('Alliance plants by capacity as the sources give it (figure and status in 2016)');
    expect(table.columns).toEqual([
      { key: 'plant', label: 'Plant' },
      { key: 'city', label: 'City' },
      { key: 'country', label: 'Country' },
      { key: 'brands', label: 'Brands' },
      { key: 'capacity', label: 'Capacity', isNumeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'period', label: 'Per' },
      { key: 'basis', label: 'Basis' },
      { key: 'covers', label: 'Covers' },
      { key: 'from', label: 'Applies from', isMonth: true },
      { key: 'others', label: 'Other figures' },
      { key: 'opened', label: 'Opening' },
      { key: 'openedBasis', label: 'Opening basis' },
      { key: 'status', label: 'Status' },
      { key: 'source', label: 'Source' },
    ]);
  });

  it('lists a plant’s other figures, and says "stated" for an opening with no basis', () => {
    const two = plant('Two', { opened: 2010, capacities: [{ amount: 100_000, basis: 'stated', scope: 'plant', period: 'year', from: null }, { amount: 50_000, basis: 'planned', scope: 'line', period: 'year', from: '2030' }, { amount: 70_000, basis: 'stated', scope: 'plant', period: 'year', from: '2031' }] });
    const [cells] = plantsTable([two], filters(2020), en).rows;
    expect([cells?.others, cells?.openedBasis]).toEqual(['50,000 vehicles a year (planned, one production line, from 2030); 70,000 vehicles a year (stated, from 2031)', 'stated']);
  });

  it('gives each plant its status in the year shown: in effect, new between the years compared, from its opening, brand not selected', () => {
    const plants = [plant('Old', { opened: 2010 }), plant('New', { opened: 2015 }), plant('Later', { opened: 2030 }), plant('Other', { opened: 2010, brands: ['Nissan'] })];
    const rows = plantsTable(plants, filters(2020, { brands: ['Renault'], compare: [2012, 2020] }), en).rows;
    expect(rows.map((r) => [r.city, r.status])).toEqual([['Old', 'in effect'], ['New', 'in effect, new between the years compared'], ['Later', 'from 2030'], ['Other', 'brand not selected']]);
  });
});
