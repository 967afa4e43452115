import realDataset from '../../public/data/alliance.json';
import { DatasetError, loadDataset } from './loadDataset';
import { parseDataset } from './parseDataset';

/** A fresh, mutable copy of the real file, typed loosely so a test can break it on purpose. */
type Loose = Record<string, Record<string, unknown>[]>;
const copy = (): Loose => structuredClone(realDataset) as unknown as Loose;

/** The record at `key[index]` of a copy (the file is known to have it). */
function at(data: Loose, key: string, index: number): Record<string, unknown> {
  const record = data[key]?.[index];
  if (!record) throw new Error(`the fixture has no ${key}[${index}]`);
  return record;
}

/** The DatasetError details for a body that must be rejected. */
function detailsOf(body: unknown): string[] {
  try {
    parseDataset(body);
  } catch (error) {
    if (error instanceof DatasetError) return error.details;
    throw error;
  }
  throw new Error('parseDataset accepted a body it should have rejected');
}

/** Builds a broken copy of the real file. */
function broken(mutate: (data: Loose) => void): Loose {
  const data = copy();
  mutate(data);
  return data;
}

describe('parseDataset on the real file', () => {
  it('accepts it', () => {
    expect(parseDataset(copy()).sales).toHaveLength(realDataset.sales.length);
  });

  it('drops keys the schema does not know instead of failing', () => {
    const data = { ...copy(), comment: 'added by hand' };
    expect('comment' in parseDataset(data)).toBe(false);
  });
});

describe('parseDataset on malformed files names the failing path', () => {
  it('a missing top-level key', () => {
    expect(detailsOf(broken((d) => delete d.sales))).toEqual(['sales: expected array, got nothing']);
  });

  it('a number field holding text', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 3).units = 'abc')))).toEqual(['sales[3].units: expected number, got "abc"']);
  });

  it('negative units', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 0).units = -5)))).toEqual(['sales[0].units: Too small: expected number to be >=0, got -5']);
  });

  it('fractional units', () => {
    expect(detailsOf(broken((d) => (at(d, 'salesTotals', 1).units = 12.5)))).toEqual(['salesTotals[1].units: expected int, got 12.5']);
  });

  it('an unknown source id', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 2).source = 'nope')))).toEqual(['sales[2].source: unknown source id "nope"']);
  });

  it('a missing source on a record', () => {
    expect(detailsOf(broken((d) => delete at(d, 'events', 0).source))).toEqual(['events[0].source: expected string, got nothing']);
  });

  it('a bad date format', () => {
    expect(detailsOf(broken((d) => (at(d, 'evMilestones', 0).date = '2013/02')))).toEqual([
      'evMilestones[0].date: expected a date "YYYY-MM", got "2013/02"',
    ]);
  });

  // A turning point dated 9999 stretched the timeline to 8,000 years, its labels drawn over each other: a date
  // names a year within the bounds a year field has (a hostile-data probe).
  it('a date whose year lies outside the years a year field allows (1900–2100), as a year field is refused', () => {
    expect(detailsOf(broken((d) => {
      at(d, 'events', 0).date = '9999';
      at(d, 'evMilestones', 0).date = '1899-12';
      at(d, 'evLaunches', 0).date = '2101-01';
      (at(d, 'plants', 0).capacities as Record<string, unknown>[])[0]!.from = '0001';
    }))).toEqual([
      'evMilestones[0].date: expected a year from 1900 to 2100, got "1899-12"',
      'evLaunches[0].date: expected a year from 1900 to 2100, got "2101-01"',
      'plants[0].capacities[0].from: expected a year from 1900 to 2100, got "0001"',
      'events[0].date: expected a year from 1900 to 2100, got "9999"',
    ]);
    expect(detailsOf(broken((d) => (at(d, 'sales', 0).year = 2101)))).toEqual(['sales[0].year: expected a year from 1900 to 2100, got 2101']);
    // The bounds themselves are allowed, in every kind of date.
    const edges = parseDataset(broken((d) => {
      at(d, 'events', 0).date = '1900';
      at(d, 'evMilestones', 0).date = '1900-01';
      at(d, 'evLaunches', 0).date = '2100-12';
      (at(d, 'plants', 0).capacities as Record<string, unknown>[])[0]!.from = '2100';
    }));
    expect([edges.events[0]?.date, edges.evMilestones[0]?.date, edges.evLaunches[0]?.date, edges.plants[0]?.capacities[0]?.from]).toEqual(['1900', '1900-01', '2100-12', '2100']);
  });

  it('a month thirteen', () => {
    expect(detailsOf(broken((d) => (at(d, 'evLaunches', 1).date = '2010-13')))).toEqual([
      'evLaunches[1].date: expected a date "YYYY-MM", got "2010-13"',
    ]);
  });

  it('a duplicate plant id', () => {
    const data = broken((d) => (at(d, 'plants', 1).id = at(d, 'plants', 0).id));
    const id = String(at(data, 'plants', 0).id);
    expect(detailsOf(data)).toEqual([`plants[1].id: duplicate id "${id}"`]);
  });

  it('two sales figures for one brand and year', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 1).year = at(d, 'sales', 0).year)))).toEqual([
      'sales[1].year: duplicate year and brand "2011 Renault"',
    ]);
  });

  // "Share of total" divides by the year's total: a total under its brands' sum drew a bar of ~1,000,000,000%
  // and flattened every other year (a hostile-data review).
  it('a year whose brands sell more than its total', () => {
    // 2017: Renault 3,761,634 + Nissan 5,816,278 + Mitsubishi 1,030,454 (AvtoVAZ, merged into Renault, gives no figure).
    expect(detailsOf(broken((d) => (at(d, 'salesTotals', 6).units = 1)))).toEqual(["salesTotals[6].units: the brands' figures for 2017 add up to 10,608,366, more than this total of 1"]);
  });

  // A brand inside another counts where that brand gives no figure: its own bar is drawn (a code review).
  it('a year whose inner brand, drawn on its own, sells more than its total', () => {
    const data = broken((d) => {
      at(d, 'sales', 6).units = null; // Renault 2017, which includes AvtoVAZ that year
      at(d, 'sales', 30).units = 9_000_000; // AvtoVAZ 2017
    });
    expect([at(data, 'sales', 6).year, at(data, 'sales', 30).brand, at(data, 'sales', 30).year]).toEqual([2017, 'AvtoVAZ', 2017]);
    expect(detailsOf(data)).toEqual(["salesTotals[6].units: the brands' figures for 2017 add up to 15,846,732, more than this total of 10,608,366"]);
  });

  it('two totals for one year', () => {
    expect(detailsOf(broken((d) => (at(d, 'salesTotals', 1).year = 2011)))).toEqual(['salesTotals[1].year: duplicate year "2011"']);
  });

  it('a source file name that points out of the folder', () => {
    expect(detailsOf(broken((d) => (at(d, 'sources', 0).file = '..')))).toEqual(['sources[0].file: expected a plain file name, got ".."']);
  });

  it('a duplicate source id', () => {
    const data = broken((d) => (at(d, 'sources', 1).id = at(d, 'sources', 0).id));
    expect(detailsOf(data)[0]).toMatch(/^sources\[1\]\.id: duplicate id "/);
  });

  it('an unknown series id', () => {
    expect(detailsOf(broken((d) => (at(d, 'evMilestones', 4).series = 'ghost')))).toEqual([
      'evMilestones[4].series: unknown series id "ghost"',
    ]);
  });

  it('a target compared with an unknown EV series', () => {
    expect(detailsOf(broken((d) => (at(d, 'targets', 2).series = 'ghost')))).toEqual(['targets[2].series: unknown series id "ghost"']);
  });

  it('an unknown company in an ownership link', () => {
    expect(detailsOf(broken((d) => (at(d, 'ownership', 0).holder = 'acme')))).toEqual([
      'ownership[0].holder: unknown company id "acme"',
    ]);
  });

  it('a stake in a company that does not exist (the diagram would drop it silently)', () => {
    expect(detailsOf(broken((d) => (at(d, 'ownership', 0).held = 'acme')))).toEqual(['ownership[0].held: unknown company id "acme"']);
  });

  it('a plant operator that does not exist, is a member or an outside owner, or that the Alliance holds no stake in', () => {
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).operator = 'acme')))).toEqual(['plants[0].operator: unknown company id "acme"']);
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).operator = 'renault')))).toEqual(['plants[0].operator: the operator "renault" is a member: leave operator out']);
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).operator = 'geely')))).toEqual(['plants[0].operator: the operator "geely" is an outside owner, not the Alliance’s']);
    // Ampere is held by members (Nissan, Mitsubishi) and passes; the French State's only stake is its own in Renault.
    expect(parseDataset(broken((d) => (at(d, 'plants', 0).operator = 'ampere'))).plants[0]?.operator).toBe('ampere');
    expect(detailsOf(broken((d) => {
      at(d, 'companies', 10).kind = 'entity';
      at(d, 'plants', 0).operator = at(d, 'companies', 10).id;
    }))).toEqual(['plants[0].operator: no member or Alliance entity holds a stake in the operator "french-state"']);
  });

  it('a company holding a stake in itself (the diagram drew a line from NaN to NaN)', () => {
    const data = broken((d) => (at(d, 'ownership', 0).held = at(d, 'ownership', 0).holder));
    expect(detailsOf(data)).toEqual([`ownership[0].held: a company cannot hold a stake in itself ("${String(at(data, 'ownership', 0).holder)}")`]);
  });

  it('a stake that ends before it starts, or the year it starts (never drawn, yet "2010–2004" in the tables)', () => {
    expect(detailsOf(broken((d) => Object.assign(at(d, 'ownership', 0), { from: 2010, to: 2005 })))).toEqual(['ownership[0].to: ends in 2005, not after it starts (2010)']);
    expect(detailsOf(broken((d) => Object.assign(at(d, 'ownership', 0), { from: 2010, to: 2010 })))).toEqual(['ownership[0].to: ends in 2010, not after it starts (2010)']);
  });

  it('two stakes of one holder in one company over the same years (the diagram drew 8,000 copies of one arrow, a tab frozen for a minute)', () => {
    // Renault → Nissan is three stakes one after another: 1999–2001, 2001–2023 and 2023 on.
    const overlapping = broken((d) => (at(d, 'ownership', 1).to = 2024));
    expect(detailsOf(overlapping)).toEqual(['ownership[2].from: "renault" already holds a stake in "nissan" in 2023 (ownership[1], 2001–2024)']);
    const copied = broken((d) => void d.ownership?.push({ ...at(d, 'ownership', 2) }));
    expect(detailsOf(copied)).toEqual([`ownership[${realDataset.ownership.length}].from: "renault" already holds a stake in "nissan" in 2023 (ownership[2], from 2023)`]);
    // One ending the year the next starts is a succession, not an overlap: the shipped file has four.
    expect(parseDataset(broken(() => undefined)).ownership).toHaveLength(realDataset.ownership.length);
  });

  it('more than 2,000 plants: each is a symbol and a button on the map, and 10,000 made a brand toggle take seconds (the realistic growth file has 300)', () => {
    const plants = (count: number) => broken((d) => (d.plants = Array.from({ length: count }, (_, i) => ({ ...at(d, 'plants', 0), id: `plant-${i}` }))));
    expect(detailsOf(plants(2_001))).toEqual(['plants: Too big: expected array to have <=2000 items, got 2001 items']);
    expect(parseDataset(plants(2_000)).plants).toHaveLength(2_000);
  });

  it('a collection of more than 20,000 records (160,000 events overflowed the stack drawing the timeline: a blank page)', () => {
    const data = broken((d) => (d.events = Array.from({ length: 20_001 }, () => ({ ...at(d, 'events', 0) }))));
    expect(detailsOf(data)).toEqual([expect.stringMatching(/^events: Too big: expected array to have <=20000 items, got /)]);
  });

  it('an amount past ten trillion (a target of 1.5e308 made the EV log axis loop until the tab ran out of memory)', () => {
    expect(detailsOf(broken((d) => (at(d, 'targets', 0).amount = 1.5e308)))).toEqual(['targets[0].amount: Too big: expected number to be <=10000000000000, got 1.5e+308']);
    expect(detailsOf(broken((d) => (at(d, 'evMilestones', 0).units = 1e14)))).toEqual(['evMilestones[0].units: Too big: expected number to be <=10000000000000, got 100000000000000']);
    expect(detailsOf(broken((d) => (at(d, 'sales', 0).units = 1e14)))).toEqual(['sales[0].units: Too big: expected number to be <=10000000000000, got 100000000000000']);
  });

  it('more brands, or included brands, or plant partners than a filter bar could offer (60,000 included brands froze the checks for 25 s)', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 0).includes = Array.from({ length: 21 }, (_, i) => ({ brand: `X${i}` }))))))
      .toEqual([expect.stringMatching(/^brands\[0\]\.includes: Too big: expected array to have <=20 items/)]);
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).brands = Array.from({ length: 21 }, () => 'Renault')))))
      .toEqual([expect.stringMatching(/^plants\[0\]\.brands: Too big: expected array to have <=20 items/)]);
    expect(detailsOf(broken((d) => (d.brands = Array.from({ length: 101 }, (_, i) => ({ ...at(d, 'brands', 0), id: `B${i}` }))))))
      .toContainEqual(expect.stringMatching(/^brands: Too big: expected array to have <=100 items/));
  });

  it('quotes a long wrong value cut by whole characters: an emoji at the cut was split into half a pair', () => {
    const [line] = detailsOf(broken((d) => (at(d, 'companies', 0).name = { text: `${'a'.repeat(47)}😀😀` })));
    expect(line).toMatch(/^companies\[0\]\.name: .*got \{"text":"a{47}😀…$/u);
  });

  it('an EV milestone of 0 units (a log axis cannot draw it)', () => {
    expect(detailsOf(broken((d) => (at(d, 'evMilestones', 0).units = 0)))).toEqual(['evMilestones[0].units: Too small: expected number to be >0, got 0']);
  });

  it.each(['evSeries', 'companies'])('a duplicate %s id', (key) => {
    const data = broken((d) => d[key]!.push({ ...at(d, key, 0) }));
    const last = data[key]!.length - 1;
    expect(detailsOf(data)).toEqual([`${key}[${last}].id: duplicate id "${String(at(data, key, 0).id)}"`]);
  });

  it.each([
    ['x2013-02', 'a prefix'],
    ['2013-021', 'a suffix'],
  ])('a month date %s (%s)', (date) => {
    expect(detailsOf(broken((d) => (at(d, 'evMilestones', 0).date = date)))).toEqual([`evMilestones[0].date: expected a date "YYYY-MM", got "${date}"`]);
  });

  it.each(['x2001', '2001-1', '2001-03x'])('an event date %s', (date) => {
    expect(detailsOf(broken((d) => (at(d, 'events', 0).date = date)))).toEqual([`events[0].date: expected a date "YYYY" or "YYYY-MM", got "${date}"`]);
  });

  it('accepts a file name that starts with a dot, refuses one of dots only', () => {
    expect(parseDataset(broken((d) => (at(d, 'sources', 0).file = '.notes.txt'))).sources[0]!.file).toBe('.notes.txt');
    expect(detailsOf(broken((d) => (at(d, 'sources', 0).file = '...')))).toEqual(['sources[0].file: expected a plain file name, got "..."']);
  });

  it.each(['EUR', 'USD', 'RUB', 'KRW'])('accepts an investment in %s', (currency) => {
    expect(parseDataset(broken((d) => ((at(d, 'ownership', 10).investment as Record<string, unknown>).currency = currency))).ownership[10]!.investment).toEqual({ amount: 23000000000, currency });
  });

  it('an investment in a currency outside the list', () => {
    expect(detailsOf(broken((d) => ((at(d, 'ownership', 10).investment as Record<string, unknown>).currency = 'GBP')))).toEqual([
      'ownership[10].investment.currency: Invalid option: expected one of "EUR"|"USD"|"RUB"|"KRW", got "GBP"',
    ]);
  });

  it('a second statement of a stake above 100 percent', () => {
    expect(detailsOf(broken((d) => ((at(d, 'ownership', 1).alsoStated as Record<string, unknown>).percent = 143.3)))).toEqual([
      'ownership[1].alsoStated.percent: Too big: expected number to be <=100, got 143.3',
    ]);
  });

  it('a capacity figure with an unknown basis', () => {
    expect(detailsOf(broken((d) => ((at(d, 'plants', 0).capacities as Record<string, unknown>[])[1]!.basis = 'rumoured')))).toEqual([
      'plants[0].capacities[1].basis: Invalid option: expected one of "stated"|"planned", got "rumoured"',
    ]);
  });

  it('an unknown brand', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 0).brand = 'Toyota')))).toEqual(['sales[0].brand: unknown brand id "Toyota"']);
  });

  it('an unknown brand on a company, a series and a launch', () => {
    const data = broken((d) => {
      at(d, 'companies', 0).brand = 'Toyota';
      at(d, 'evSeries', 1).brand = 'Lada';
      at(d, 'evLaunches', 0).brand = 'Kia';
    });
    expect(detailsOf(data)).toEqual([
      'evSeries[1].brand: unknown brand id "Lada"',
      'evLaunches[0].brand: unknown brand id "Kia"',
      'companies[0].brand: unknown brand id "Toyota"',
    ]);
  });

  it('a brand without colours', () => {
    expect(detailsOf(broken((d) => delete at(d, 'brands', 1).colours))).toEqual(['brands[1].colours: expected object, got nothing']);
  });

  it('a brand colour that is not #RRGGBB', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 2).colours = { light: 'purple', dark: '#B86CB0' })))).toEqual([
      'brands[2].colours.light: expected a colour "#RRGGBB", got "purple"',
    ]);
  });

  it('a brand listed twice', () => {
    expect(detailsOf(broken((d) => d.brands?.push({ ...at(d, 'brands', 1) })))).toEqual(['brands[4].id: duplicate id "Nissan"']);
  });

  // Brand ids travel in the address (?brands=renault,nissan), read case-blind, with "none" for no brand.
  it('brands that the address could not tell apart: equal but for case, or called "none"', () => {
    expect(detailsOf(broken((d) => d.brands?.push({ ...at(d, 'brands', 1), id: 'NISSAN' }, { ...at(d, 'brands', 2), id: 'None' })))).toEqual([
      'brands[4].id: duplicate id "NISSAN" (brand ids must differ by more than case)',
      'brands[5].id: "None" is the address’s word for no brand',
    ]);
  });

  it.each([['Dacia, Lada'], [' Dacia'], ['Dacia ']])('a brand id the address cannot carry: "%s"', (id) => {
    expect(detailsOf(broken((d) => d.brands?.push({ ...at(d, 'brands', 1), id })))[0]).toMatch(/^brands\[4\]\.id: a brand id has no comma and no space at either end/);
  });

  it('a brand included in an unknown brand', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 0).includes = [{ brand: 'Dacia' }])))).toEqual([
      'brands[0].includes[0].brand: unknown brand id "Dacia"',
    ]);
  });

  it('a brand included in two brands in overlapping years', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 1).includes = [{ brand: 'AvtoVAZ', from: 2018, to: 2019 }])))).toEqual([
      'brands[1].includes[0].brand: "AvtoVAZ" is already included in "Renault" in overlapping years',
    ]);
  });

  it('an inclusion marked inferred with anything but true (absent means a source says so)', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 0).includes = [{ brand: 'AvtoVAZ', from: 2017, inferred: false }]))))
      .toEqual(['brands[0].includes[0].inferred: expected true, got false']);
  });

  it('accepts a brand included in two brands one after the other', () => {
    const data = broken((d) => {
      at(d, 'brands', 0).includes = [{ brand: 'AvtoVAZ', from: 2017 }];
      at(d, 'brands', 1).includes = [{ brand: 'AvtoVAZ', to: 2016 }];
    });
    expect(parseDataset(data).brands[1]?.includes).toEqual([{ brand: 'AvtoVAZ', to: 2016 }]);
  });

  it('a brand that includes itself', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 1).includes = [{ brand: 'Nissan' }])))).toEqual([
      'brands[1].includes[0].brand: brand "Nissan" cannot include itself',
    ]);
  });

  it('two brands that include each other', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 3).includes = [{ brand: 'Renault', from: 2018 }])))).toEqual([
      'brands[3].includes[0].brand: "AvtoVAZ" and "Renault" cannot include each other',
    ]);
  });

  it('an included span that ends before it starts', () => {
    expect(detailsOf(broken((d) => (at(d, 'brands', 1).includes = [{ brand: 'Mitsubishi', from: 2018, to: 2016 }])))).toEqual([
      'brands[1].includes[0].to: the span ends before it starts',
    ]);
  });

  it('a year that is not a whole number', () => {
    expect(detailsOf(broken((d) => (at(d, 'sales', 0).year = 2011.5)))).toEqual(['sales[0].year: expected int, got 2011.5']);
  });

  it('a stake above 100 percent', () => {
    expect(detailsOf(broken((d) => (at(d, 'ownership', 0).percent = 120)))).toEqual([
      'ownership[0].percent: Too big: expected number to be <=100, got 120',
    ]);
  });

  it('a boolean field holding text', () => {
    expect(detailsOf(broken((d) => (at(d, 'ownership', 0).voting = 'yes')))).toEqual(['ownership[0].voting: expected boolean, got "yes"']);
  });

  it('a latitude off the globe', () => {
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).lat = 91)))).toEqual(['plants[0].lat: Too big: expected number to be <=90, got 91']);
  });

  it('an empty brand list on a plant', () => {
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).brands = [])))).toEqual([
      'plants[0].brands: Too small: expected array to have >=1 items, got []',
    ]);
  });

  it('a capacity unit outside the enum', () => {
    expect(detailsOf(broken((d) => (at(d, 'plants', 0).capacityUnit = 'cars')))).toEqual([
      'plants[0].capacityUnit: Invalid option: expected one of "vehicles"|"engines"|"batteries", got "cars"',
    ]);
  });

  it('a source file name with a path in it', () => {
    expect(detailsOf(broken((d) => (at(d, 'sources', 0).file = '../etc/passwd')))).toEqual([
      'sources[0].file: expected a plain file name, got "../etc/passwd"',
    ]);
  });

  it('an empty source list', () => {
    expect(detailsOf(broken((d) => (d.sources = [])))[0]).toBe('sources: Too small: expected array to have >=1 items, got []');
  });

  it('null instead of an object', () => {
    expect(detailsOf(null)).toEqual(['(file): expected object, got null']);
  });

  it('an array instead of an object', () => {
    expect(detailsOf([])).toEqual(['(file): expected object, got []']);
  });

  it('many problems: the first eight, then a count of the rest', () => {
    const data = broken((d) => d.sales?.forEach((sale) => (sale.units = 'x')));
    const details = detailsOf(data);
    expect(details.slice(0, 2)).toEqual(['sales[0].units: expected number, got "x"', 'sales[1].units: expected number, got "x"']);
    expect(details).toHaveLength(9);
    expect(details[8]).toBe(`…and ${realDataset.sales.length - 8} more problems`);
  });

  it('a long bad value is shortened in the message', () => {
    const [line] = detailsOf(broken((d) => (at(d, 'sales', 0).units = 'y'.repeat(500))));
    expect(line).toBe(`sales[0].units: expected number, got "${'y'.repeat(56)}…`);
  });

  // A 5 MB name took 10–20 s to draw; every string has a maximum, and the message names the path.
  it.each([
    ['sources', 'title', 300],
    ['sources', 'publisher', 200],
    ['sources', 'date', 40],
    ['sources', 'file', 120],
    ['evSeries', 'label', 120],
    ['evLaunches', 'model', 120],
    ['companies', 'name', 160],
    ['plants', 'name', 160],
    ['plants', 'city', 120],
    ['plants', 'country', 100],
    ['targets', 'label', 200],
    ['events', 'label', 120],
  ] as const)('a %s %s over %i characters', (key, field, max) => {
    expect(parseDataset(broken((d) => (at(d, key, 0)[field] = 'a'.repeat(max)))).sources).toHaveLength(realDataset.sources.length);
    const [line] = detailsOf(broken((d) => (at(d, key, 0)[field] = 'a'.repeat(5_000_000))));
    expect(line).toBe(`${key}[0].${field}: expected at most ${max} characters, got "${'a'.repeat(56)}…`);
  });

  // A C0 control made an exported SVG invalid XML (and its PNG undecodable); a text-direction override reversed
  // the page's own sentences around the name (a hostile-data review). Half of a surrogate pair is no character:
  // encodeURIComponent throws on it (the export dialog's preview of a chart naming it failed), and XML has no way
  // to write it. A whole pair (an emoji) is a character like any other (below).
  it.each([
    ['a control character', 'Chen\u0002nai'],
    ['the last C0 control', 'Chen\u001fnai'],
    ['DEL', 'Chen\u007fnai'],
    ['a left-to-right embedding', '\u202aChennai'],
    ['a right-to-left override', '\u202eChennai'],
    ['a directional isolate', 'Chen\u2066nai'],
    ['a pop directional isolate', 'Chennai\u2069'],
    ['a noncharacter', 'Chen\uffffnai'],
    ['a lone high surrogate', 'Chen\ud83dnai'],
    ['a lone low surrogate', 'Chen\ude97nai'],
    ['a high surrogate at the end', 'Chennai\ud83d'],
    ['a pair in the wrong order', 'Chen\ude97\ud83dnai'],
  ])('a name with %s', (_, city) => {
    const [line] = detailsOf(broken((d) => (at(d, 'plants', 0).city = city)));
    expect(line).toMatch(/^plants\[0\]\.city: no control or text-direction characters, and no half of a surrogate pair, got "/);
  });

  // The pattern keeps a retry point for each character it takes (one per character or pair): on a text of some
  // nine million characters V8's stack ran out, and parseDataset threw "Maximum call stack size exceeded" instead
  // of saying the name is too long. The length is checked first, and a text over it is not matched at all.
  it('a name of 10,000,000 characters, with half a pair at its end: too long, not a stack overflow', () => {
    const [line] = detailsOf(broken((d) => (at(d, 'plants', 0).city = `${'a'.repeat(10_000_000)}\ud83d`)));
    expect(line).toBe(`plants[0].city: expected at most 120 characters, got "${'a'.repeat(56)}…`);
  });

  it('a name with a whole surrogate pair (an emoji)', () => {
    expect(parseDataset(broken((d) => (at(d, 'plants', 0).city = 'Chennai \ud83d\ude97'))).plants[0]?.city).toBe('Chennai 🚗');
  });

  it('a plant brand over 40 characters', () => {
    const [line] = detailsOf(broken((d) => (at(d, 'plants', 0).brands = ['Renault', 'b'.repeat(41)])));
    expect(line).toBe(`plants[0].brands[1]: expected at most 40 characters, got "${'b'.repeat(41)}"`);
  });

  it('says the file is not valid in the error message', () => {
    expect(() => parseDataset({})).toThrow('The dataset file is not valid.');
  });
});

describe('loadDataset with a stubbed fetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  const respond = (body: string, status = 200) =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } })));

  it('rejects a body that is not JSON with a DatasetError naming the file', async () => {
    respond('<!doctype html><p>Not found</p>');
    await expect(loadDataset('/data/alliance.json')).rejects.toMatchObject({
      name: 'DatasetError',
      message: 'The dataset file is not valid JSON.',
      details: ['/data/alliance.json'],
    });
  });

  it('rejects a truncated JSON file', async () => {
    respond(JSON.stringify(realDataset).slice(0, 1000));
    await expect(loadDataset('/data/alliance.json')).rejects.toThrow('The dataset file is not valid JSON.');
  });

  it('reports a time-out while the body is still arriving as a time-out, not as bad JSON', async () => {
    const controller = new AbortController();
    const body = new ReadableStream({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"sources": ['));
        controller.abort(new DOMException('signal timed out', 'TimeoutError'));
        stream.error(controller.signal.reason);
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200 })));
    await expect(loadDataset('/data/alliance.json', controller.signal)).rejects.toThrow('The dataset took too long to download. Retry in a moment.');
  });

  it('rejects an HTTP error with its status', async () => {
    respond('missing', 404);
    await expect(loadDataset('/data/alliance.json')).rejects.toThrow('The dataset could not be downloaded (HTTP 404).');
  });

  it('rejects a network failure with a readable message', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadDataset('/data/alliance.json')).rejects.toMatchObject({
      message: 'The dataset could not be downloaded. Check your connection and retry.',
      details: ['TypeError: Failed to fetch'],
    });
  });

  it('passes validation failures through with their paths', async () => {
    respond(JSON.stringify(broken((d) => (at(d, 'sales', 3).units = 'abc'))));
    await expect(loadDataset('/data/alliance.json')).rejects.toMatchObject({ details: ['sales[3].units: expected number, got "abc"'] });
  });

  it('resolves the validated dataset for a good file', async () => {
    respond(JSON.stringify(realDataset));
    await expect(loadDataset('/data/alliance.json')).resolves.toMatchObject({ targets: realDataset.targets });
  });
});

describe('Dataset schema on a small fixture: brands inside brands, colours, dates', () => {
  const colours = { light: '#B85C00', dark: '#f0a04b' };
  type Include = { brand: string; from?: number; to?: number };
  /** One source, one dated event and the given brands (id and what it includes): the least a valid file holds. */
  const tiny = (brands: [string, Include[]?][], events = [{ date: '2017', label: 'Founded', source: 's', quote: 'Founded.' }]) => ({
    sources: [{ id: 's', title: 'S', file: 's.txt', language: 'en', kind: 'news' }],
    brands: brands.map(([id, includes]) => ({ id, colours, ...(includes ? { includes } : {}) })),
    ...Object.fromEntries(['sales', 'salesTotals', 'evSeries', 'evMilestones', 'evLaunches', 'companies', 'ownership', 'plants', 'targets'].map((key) => [key, []])),
    events,
  });
  const issues = (body: unknown) => {
    try {
      parseDataset(body);
      return [];
    } catch (error) {
      if (error instanceof DatasetError) return error.details;
      throw error;
    }
  };

  it('accepts a chain: Nissan inside Renault inside a group, Dacia inside Renault', () => {
    expect(issues(tiny([['Group', [{ brand: 'Renault' }]], ['Renault', [{ brand: 'Dacia' }]], ['Dacia'], ['Nissan']]))).toEqual([]);
    expect(issues(tiny([['Renault', [{ brand: 'Dacia' }]], ['Dacia', [{ brand: 'Lada' }]], ['Lada'], ['Group', [{ brand: 'Renault' }]]]))).toEqual([]);
  });

  it('accepts a span of a single year', () => {
    expect(issues(tiny([['Renault', [{ brand: 'Dacia', from: 2017, to: 2017 }]], ['Dacia']]))).toEqual([]);
  });

  it('accepts one brand inside two others in years that do not meet, in either order', () => {
    const early = { brand: 'Lada', from: 2010, to: 2015 };
    const late = { brand: 'Lada', from: 2016, to: 2020 };
    expect([issues(tiny([['Renault', [early]], ['Nissan', [late]], ['Lada']])), issues(tiny([['Renault', [late]], ['Nissan', [early]], ['Lada']]))]).toEqual([[], []]);
  });

  it('refuses one brand inside two others in a year they share, in either order', () => {
    const early = { brand: 'Lada', from: 2010, to: 2016 };
    const late = { brand: 'Lada', from: 2016, to: 2020 };
    const message = ['brands[1].includes[0].brand: "Lada" is already included in "Renault" in overlapping years'];
    expect([issues(tiny([['Renault', [early]], ['Nissan', [late]], ['Lada']])), issues(tiny([['Renault', [late]], ['Nissan', [early]], ['Lada']]))]).toEqual([message, message]);
  });

  it('accepts two brands each inside the other in years that do not meet, in either order', () => {
    expect([
      issues(tiny([['Renault', [{ brand: 'Nissan', from: 2010, to: 2015 }]], ['Nissan', [{ brand: 'Renault', from: 2016, to: 2020 }]]])),
      issues(tiny([['Renault', [{ brand: 'Nissan', from: 2016, to: 2020 }]], ['Nissan', [{ brand: 'Renault', from: 2010, to: 2015 }]]])),
    ]).toEqual([[], []]);
  });

  it('refuses two brands each inside the other in a year they share, in either order', () => {
    const message = ['brands[1].includes[0].brand: "Nissan" and "Renault" cannot include each other'];
    expect([
      issues(tiny([['Renault', [{ brand: 'Nissan', from: 2010, to: 2016 }]], ['Nissan', [{ brand: 'Renault', from: 2016, to: 2020 }]]])),
      issues(tiny([['Renault', [{ brand: 'Nissan', from: 2016, to: 2020 }]], ['Nissan', [{ brand: 'Renault', from: 2010, to: 2016 }]]])),
    ]).toEqual([message, message]);
  });

  it('refuses a colour with a character before the # or a seventh digit', () => {
    const body = tiny([['Renault']]);
    body.brands[0]!.colours = { light: 'x#B85C00', dark: '#F0A04B0' };
    expect(issues(body)).toEqual(['brands[0].colours.light: expected a colour "#RRGGBB", got "x#B85C00"', 'brands[0].colours.dark: expected a colour "#RRGGBB", got "#F0A04B0"']);
  });

  it('refuses a file that dates nothing: it would have no years to show', () => {
    expect(issues(tiny([['Renault']], []))).toEqual(['(file): the dataset dates nothing, so it has no years to show']);
  });
});
