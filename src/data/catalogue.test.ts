import { brandSum } from './brandSum';
import { brandColours, brandIds, datasetYears, hasDatedRecord, includedIn, inclusionOf } from './catalogue';
import realDataset from '../../public/data/alliance.json';
import { Dataset, type BrandInfo } from './schema';

const colours = { light: '#111111', dark: '#EEEEEE' };
const BRANDS: BrandInfo[] = [
  { id: 'Renault', colours, includes: [{ brand: 'AvtoVAZ', from: 2017 }, { brand: 'Dacia' }] },
  { id: 'Nissan', colours: { light: '#0A6BAD', dark: '#5AB0EA' } },
  { id: 'AvtoVAZ', colours },
  { id: 'Dacia', colours },
];

/** A dataset with nothing dated; each test adds the records it is about. */
const none: Dataset = {
  sources: [], brands: [], sales: [], salesTotals: [], evSeries: [], evMilestones: [], evLaunches: [],
  companies: [], ownership: [], plants: [], events: [], targets: [],
};

describe('brandIds', () => {
  it('lists the brands in dataset order', () => {
    expect(brandIds({ brands: BRANDS })).toEqual(['Renault', 'Nissan', 'AvtoVAZ', 'Dacia']);
  });
});

describe('datasetYears', () => {
  it('spans a 2024 sales figure and a 1999 event', () => {
    const data = { ...none, sales: [{ year: 2024, brand: 'Dacia', units: 1, source: 's' }], events: [{ date: '1999-03', label: 'x', source: 's' }] };
    expect(datasetYears(data)).toEqual([1999, 2024]);
  });

  it('counts a stake up to the year before its exclusive end', () => {
    const stake = { holder: 'a', held: 'b', percent: 10, voting: true, from: 2002, to: 2010, source: 's' };
    expect(datasetYears({ ...none, ownership: [stake] })).toEqual([2002, 2009]);
  });

  it('counts a stake still held from its start only', () => {
    const stake = { holder: 'a', held: 'b', percent: 10, voting: true, from: 2002, to: null, source: 's' };
    expect(datasetYears({ ...none, ownership: [stake] })).toEqual([2002, 2002]);
  });

  it('reads the year of a month-dated milestone, launch and target', () => {
    const data = {
      ...none,
      evMilestones: [{ date: '2010-12', series: 'x', units: 1, measure: 'sales' as const, source: 's' }],
      evLaunches: [{ date: '2012-06', model: 'Zoe', brand: 'Renault', source: 's' }],
      targets: [{ year: 2022, amount: 1, unit: 'vehicles' as const, period: 'year' as const, measure: 'sales' as const, label: 't', source: 's' }],
    };
    expect(datasetYears(data)).toEqual([2010, 2022]);
  });

  it('counts a plant opening year but not a plant without one', () => {
    const plant = { id: 'p', name: 'P', city: 'C', country: 'X', lat: 0, lon: 0, brands: ['Renault'], capacities: [{ amount: 1, basis: 'stated' as const, scope: 'plant' as const, period: 'year' as const, from: null }], capacityUnit: 'vehicles' as const, source: 's' };
    expect(datasetYears({ ...none, plants: [plant, { ...plant, id: 'q', opened: 2014 }] })).toEqual([2014, 2014]);
  });

  it('refuses a dataset that dates nothing', () => {
    expect(() => datasetYears(none)).toThrow('the dataset has no dated record');
  });

  it('spans every collection at the schema’s cap: 160,000 years (spread into Math.min, they overflowed the stack)', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ date: String(1950 + (i % 50)), label: 'x', source: 's' }));
    const ownership = Array.from({ length: 20_000 }, (_, i) => ({ holder: 'a', held: 'b', percent: 1, voting: true, from: 1960 + (i % 10), to: 2031, source: 's' }));
    const evMilestones = Array.from({ length: 20_000 }, () => ({ date: '2010-01', series: 'x', units: 1, measure: 'sales' as const, source: 's' }));
    const evLaunches = Array.from({ length: 20_000 }, () => ({ date: '2011-01', model: 'Zoe', brand: 'Renault', source: 's' }));
    const targets = Array.from({ length: 20_000 }, () => ({ year: 2022, amount: 1, unit: 'vehicles' as const, period: 'year' as const, measure: 'sales' as const, label: 't', source: 's' }));
    const sales = Array.from({ length: 20_000 }, () => ({ year: 2012, brand: 'Renault', units: 1, source: 's' }));
    const salesTotals = Array.from({ length: 20_000 }, () => ({ year: 2013, units: 1, source: 's' }));
    expect(datasetYears({ ...none, events, ownership, evMilestones, evLaunches, targets, sales, salesTotals })).toEqual([1950, 2030]);
  });

  it('is true for a dataset dated only by a plant’s opening year', () => {
    const plant = { id: 'p', name: 'P', city: 'C', country: 'X', lat: 0, lon: 0, brands: ['Renault'], capacities: [{ amount: 1, basis: 'stated' as const, scope: 'plant' as const, period: 'year' as const, from: null }], capacityUnit: 'vehicles' as const, source: 's' };
    expect(hasDatedRecord({ ...none, plants: [{ ...plant, opened: 2014 }] })).toBe(true);
  });
});

describe('hasDatedRecord', () => {
  it('is false for an empty dataset and for plants without an opening year', () => {
    const plant = { id: 'p', name: 'P', city: 'C', country: 'X', lat: 0, lon: 0, brands: ['Renault'], capacities: [{ amount: 1, basis: 'stated' as const, scope: 'plant' as const, period: 'year' as const, from: null }], capacityUnit: 'vehicles' as const, source: 's' };
    expect([hasDatedRecord(none), hasDatedRecord({ ...none, plants: [plant] })]).toEqual([false, false]);
  });

  it('is true with one target', () => {
    expect(hasDatedRecord({ ...none, targets: [{ year: 2022, amount: 1, unit: 'vehicles' as const, period: 'year' as const, measure: 'sales' as const, label: 't', source: 's' }] })).toBe(true);
  });
});

describe('inclusionOf', () => {
  const parentOf = (brands: BrandInfo[], brand: string, year: number) => inclusionOf(brands, brand, year)?.parent ?? null;

  it('puts AvtoVAZ inside Renault from 2017 and not before', () => {
    expect([2016, 2017, 2030].map((y) => parentOf(BRANDS, 'AvtoVAZ', y))).toEqual([null, 'Renault', 'Renault']);
  });

  it('puts Dacia inside Renault in every year', () => {
    expect([1900, 2100].map((y) => parentOf(BRANDS, 'Dacia', y))).toEqual(['Renault', 'Renault']);
  });

  it('puts Nissan inside nothing', () => {
    expect(inclusionOf(BRANDS, 'Nissan', 2017)).toBeNull();
  });

  it('honours the last year of a closed span', () => {
    const brands: BrandInfo[] = [{ id: 'A', colours, includes: [{ brand: 'B', from: 2010, to: 2012 }] }, { id: 'B', colours }];
    expect([2009, 2010, 2012, 2013].map((y) => parentOf(brands, 'B', y))).toEqual([null, 'A', 'A', null]);
  });

  it('says which years are inferred, span by span (the real file: stated for 2017, inferred from 2018)', () => {
    const { brands } = Dataset.parse(realDataset);
    expect(inclusionOf(brands, 'AvtoVAZ', 2016)).toBeNull();
    expect([2017, 2018, 2019].map((y) => inclusionOf(brands, 'AvtoVAZ', y))).toEqual([
      { parent: 'Renault', inner: 'AvtoVAZ', inferred: false },
      { parent: 'Renault', inner: 'AvtoVAZ', inferred: true },
      { parent: 'Renault', inner: 'AvtoVAZ', inferred: true },
    ]);
  });
});

describe('includedIn', () => {
  const inner = (brand: string, year: number) => includedIn(BRANDS, brand, year).map((inc) => inc.inner);

  it('gives Renault only Dacia in 2016, and AvtoVAZ and Dacia in 2017', () => {
    expect([inner('Renault', 2016), inner('Renault', 2017)]).toEqual([['Dacia'], ['AvtoVAZ', 'Dacia']]);
    expect(includedIn(BRANDS, 'Renault', 2016)).toEqual([{ parent: 'Renault', inner: 'Dacia', inferred: false }]);
  });

  it('gives a brand that includes nothing, or is unknown, an empty list', () => {
    expect([inner('Nissan', 2017), inner('Lada', 2017)]).toEqual([[], []]);
  });
});

describe('brandColours', () => {
  it('gives each brand its colour for the theme', () => {
    expect([brandColours(BRANDS, 'light').get('Nissan'), brandColours(BRANDS, 'dark').get('Nissan')]).toEqual(['#0A6BAD', '#5AB0EA']);
  });
});

describe('brandSum', () => {
  it('adds a year’s brand figures, each once: 2017’s AvtoVAZ is inside Renault’s figure (the seed’s Total row)', () => {
    const dataset = Dataset.parse(realDataset);
    // 3,761,634 + 5,816,278 + 1,030,454; 2016 adds AvtoVAZ's own 284,807 (not yet merged).
    expect([brandSum(dataset, 2017), brandSum(dataset, 2016), brandSum(dataset, 2030)]).toEqual([10_608_366, 9_961_347, 0]);
  });

  // The stacked chart draws the inner brand's own bar where the brand holding it gives no figure.
  it('leaves out a brand inside another only where that brand gives a figure', () => {
    const brands: BrandInfo[] = [{ id: 'A', colours: { light: '#000000', dark: '#ffffff' }, includes: [{ brand: 'B' }] }, { id: 'B', colours: { light: '#000000', dark: '#ffffff' } }];
    const sales = (a: number | null) => [{ year: 2020, brand: 'A', units: a }, { year: 2020, brand: 'B', units: 5 }];
    expect([brandSum({ brands, sales: sales(10) }, 2020), brandSum({ brands, sales: sales(null) }, 2020)]).toEqual([10, 5]);
  });
});
