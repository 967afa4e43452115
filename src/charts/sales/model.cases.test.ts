import realDataset from '../../../public/data/alliance.json';
import { Dataset, type Brand } from '../../data/schema';
import type { YearRange } from '../../state/filters';
import { intlFor } from '../../i18n/intl';
import {
  hiddenBrandsWithFigures,
  salesChartRows,
  salesEmptyMessage,
  salesFootnotes,
  salesSummary,
  salesTarget,
  salesValueAxis,
  salesYears,
  salesYearsShown,
} from './model';
import { salesTable } from './table';

/**
 * The sales model on small made-up tables, one case each: the edges the real table never shows (a zero total,
 * a tie, a gap that comes back, a brand inside another over several years). Figures are round so that each
 * expectation can be worked out by hand.
 */
const en = intlFor('en');
const real = Dataset.parse(realDataset);
const colours = { light: '#0A6BAD', dark: '#5AB0EA' };
const sale = (year: number, brand: Brand, units: number | null, note?: string) => ({ year, brand, units, source: 'wiki-alliance', ...(note ? { note } : {}) });
const total = (year: number, units: number) => ({ year, units, source: 'wiki-alliance' });
const table = (sales: Dataset['sales'], salesTotals: Dataset['salesTotals'], more: Partial<Dataset> = {}): Dataset => ({ ...real, sales, salesTotals, ...more });
const filter = (yearRange: YearRange, brands: readonly Brand[]) => ({ yearRange, brands });
const summaryOf = (data: Dataset, yearRange: YearRange, brands: readonly Brand[]) => salesSummary(salesYears(data, filter(yearRange, brands)), false, en);

describe('a sales table with no years', () => {
  const empty = table([], []);

  it('shows no years of any range', () => {
    expect(salesYearsShown(empty, [2011, 2018])).toBeNull();
  });

  it('says the table has no years', () => {
    const f = filter([2011, 2012], ['Renault']);
    expect(salesEmptyMessage(empty, f, salesYears(empty, f), en)).toBe('No sales figures in 2011–2012; the sales table has no years.');
  });
});

describe('salesYears on the edges', () => {
  it('gives no cell to a selected brand with no record that year', () => {
    const data = table([sale(2011, 'Renault', 100)], [total(2011, 300)]);
    expect(salesYears(data, filter([2011, 2011], ['Renault', 'Nissan']))[0]?.cells.map((c) => c.brand)).toEqual(['Renault']);
  });

  it('gives no share when the year’s total is zero', () => {
    const data = table([sale(2011, 'Renault', 0)], [total(2011, 0)]);
    expect(salesYears(data, filter([2011, 2011], ['Renault']))[0]?.cells[0]?.share).toBeNull();
  });
});

describe('hiddenBrandsWithFigures on the edges', () => {
  const data = table(
    [sale(2012, 'Renault', 100), sale(2012, 'Nissan', 100), sale(2012, 'AvtoVAZ', null), sale(2014, 'Mitsubishi', 100)],
    [total(2011, 100), total(2012, 200), total(2013, 100), total(2014, 100)],
  );

  it('names a brand whose only figure is in the first year shown, not one with a figure after the range or none', () => {
    expect(hiddenBrandsWithFigures(data, filter([2012, 2013], ['Renault']))).toEqual(['Nissan']);
  });

  it('is empty for a range outside the table', () => {
    expect(hiddenBrandsWithFigures(data, filter([2020, 2023], ['Renault']))).toEqual([]);
  });
});

/** Renault's figures include Dacia's: 300 of Renault's own and 200 of Dacia in 2020. */
const withDacia = table(
  [sale(2020, 'Renault', 500), sale(2020, 'Nissan', 300), sale(2020, 'Dacia', 200)],
  [total(2020, 800)],
  { brands: [{ id: 'Renault', colours, includes: [{ brand: 'Dacia' }] }, { id: 'Nissan', colours }, { id: 'Dacia', colours }] },
);

describe('salesChartRows on the edges', () => {
  it('stacks by default: Renault’s own part beside Dacia', () => {
    expect(salesChartRows(salesYears(withDacia, filter([2020, 2020], ['Renault', 'Nissan', 'Dacia'])), 'units')).toEqual([
      { year: 2020, totalUnits: 800, totalValue: 800, values: new Map([['Renault', 300], ['Nissan', 300], ['Dacia', 200]]) },
    ]);
  });

  it('gives a missing figure no share, not 0 %', () => {
    const data = table([sale(2011, 'Renault', null), sale(2011, 'Nissan', 100)], [total(2011, 100)]);
    expect(salesChartRows(salesYears(data, filter([2011, 2011], ['Renault', 'Nissan'])), 'share')).toEqual([
      { year: 2011, totalUnits: 100, totalValue: 100, values: new Map([['Nissan', 100]]) },
    ]);
  });

  it('draws a zero year as zero, with nothing left over', () => {
    const data = table([sale(2011, 'Renault', 0)], [total(2011, 0)]);
    expect(salesChartRows(salesYears(data, filter([2011, 2011], ['Renault'])), 'units')).toEqual([{ year: 2011, totalUnits: 0, totalValue: 0, values: new Map([['Renault', 0]]) }]);
  });

  it('gives no share in a year whose total is zero', () => {
    const data = table([sale(2011, 'Renault', 0)], [total(2011, 0)]);
    expect(salesChartRows(salesYears(data, filter([2011, 2011], ['Renault'])), 'share')[0]?.values.has('Renault')).toBe(false);
  });
});

describe('brands named like a row’s own fields or Object’s', () => {
  // Brand ids are data: a dataset may call a brand "year", "others", "constructor" or "__proto__".
  const NAMES = ['year', 'others', 'totalValue', 'constructor', '__proto__'];
  const data = table(
    NAMES.map((brand, i) => sale(2016, brand, 100 * (i + 1))),
    [total(2016, 1500)],
    { brands: NAMES.map((id) => ({ id, colours })) },
  );
  const [row] = salesChartRows(salesYears(data, filter([2016, 2016], NAMES)), 'units');

  it('keeps each brand’s figure, and the row its year and total, with nothing left over', () => {
    expect(row?.year).toBe(2016);
    expect(row?.totalValue).toBe(1500);
    expect(row?.others).toBeUndefined();
    expect(NAMES.map((brand) => row?.values.get(brand))).toEqual([100, 200, 300, 400, 500]);
  });

  it('gives a brand with no figure no value, whatever its name', () => {
    const [partial] = salesChartRows(salesYears(data, filter([2016, 2016], ['year'])), 'units');
    expect(['constructor', '__proto__', 'toString'].map((brand) => partial?.values.has(brand))).toEqual([false, false, false]);
    expect(partial?.others).toBe(1400);
  });
});

describe('salesValueAxis on the edges', () => {
  // Renault 100 of 1,000; the other 900 are Nissan's, switched off.
  const data = table([sale(2011, 'Renault', 100), sale(2011, 'Nissan', 900)], [total(2011, 1000)]);
  const rows = (mode: 'units' | 'share') => salesChartRows(salesYears(data, filter([2011, 2011], ['Renault'])), mode, 'grouped');

  it('fits grouped bars to the brands drawn, not to the part switched off', () => {
    expect(salesValueAxis(rows('units'), 'units', 'grouped')).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('fits grouped shares to the tallest share, not to the year', () => {
    expect(salesValueAxis(rows('share'), 'share', 'grouped')).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
  });

  it('ignores a units target when drawing shares', () => {
    expect(salesValueAxis(salesChartRows(salesYears(data, filter([2011, 2011], ['Renault'])), 'share'), 'share', 'stacked', 14e6).domain).toEqual([0, 100]);
  });

  it('falls back to 0–100 % with no rows', () => {
    expect(salesValueAxis([], 'share', 'stacked').domain).toEqual([0, 100]);
  });
});

describe('salesTarget on the edges', () => {
  const base = { amount: 5_000, label: 'a target', source: 'autonews-2017-asia', quote: 'a quote', measure: 'sales' as const };
  const data = table(real.sales, real.salesTotals, {
    targets: [
      { ...base, year: 2020, unit: 'evs', period: 'year' },
      { ...base, year: 2020, unit: 'vehicles', period: null },
      { ...base, year: 2019, unit: 'vehicles', period: 'year' },
      { ...base, year: 2021, unit: 'vehicles', period: 'year' },
      { ...base, year: 2020, unit: 'vehicles', period: 'year', label: 'the one' },
    ],
  });

  it('takes a yearly vehicle target inside the range, its ends included', () => {
    expect(salesTarget(data, [2020, 2020], 'units', 'stacked', [2020])).toEqual({ year: 2020, isFiscalYear: false, units: 5_000, label: 'the one', setIn: null, fromYear: null, index: 4, source: 'autonews-2017-asia' });
  });

  it('draws none beside grouped bars', () => {
    expect(salesTarget(data, [2020, 2020], 'units', 'grouped', [2020])).toBeNull();
  });
});

describe('salesSummary on the edges', () => {
  const million = 1_000_000;

  it('says a steady total is steady and names the years of a brand whose figures stop early', () => {
    const data = table(
      [sale(2019, 'Renault', 100_000), sale(2020, 'Renault', 200_000), sale(2021, 'Renault', null)],
      [total(2019, million), total(2020, million), total(2021, million)],
    );
    expect(summaryOf(data, [2019, 2021], ['Renault'])).toBe('2019–2021: the Alliance held steady from 1M to 1M units; Renault’s share went from 10.0% in 2019 to 20.0% in 2020.');
  });

  it('follows the one brand with a figure when another chosen brand has none', () => {
    const data = table([sale(2019, 'Renault', 100_000), sale(2019, 'Nissan', null)], [total(2019, million)]);
    expect(summaryOf(data, [2019, 2019], ['Renault', 'Nissan'])).toBe('2019: the Alliance sold 1M units; Renault sold 100K of them (10.0%).');
  });

  it('names no leader when no brand chosen has a figure', () => {
    const data = table([sale(2019, 'Nissan', null)], [total(2019, million)]);
    expect(summaryOf(data, [2019, 2019], ['Nissan'])).toBe('2019: the Alliance sold 1M units.');
  });

  it('names no leader in a year whose total is zero', () => {
    const data = table([sale(2019, 'Renault', 0)], [total(2019, 0)]);
    expect(summaryOf(data, [2019, 2019], ['Renault'])).toBe('2019: the Alliance sold 0 units.');
  });

  it('gives a tie to the brand listed first', () => {
    const data = table([sale(2019, 'Renault', 400_000), sale(2019, 'Nissan', 400_000)], [total(2019, million)]);
    expect(summaryOf(data, [2019, 2019], ['Renault', 'Nissan'])).toBe('2019: the Alliance sold 1M units; Renault sold the most (400K, 40.0%).');
  });

  it('names the brand that led most often, not the first year’s leader', () => {
    const data = table(
      [2019, 2020, 2021].flatMap((year) => [sale(year, 'Nissan', 400_000), sale(year, 'AvtoVAZ', year === 2019 ? 600_000 : 200_000)]),
      [total(2019, million), total(2020, million), total(2021, million)],
    );
    expect(summaryOf(data, [2019, 2021], ['Nissan', 'AvtoVAZ'])).toBe('2019–2021: the Alliance held steady from 1M to 1M units; Nissan sold the most in 2 of 3 years.');
  });
});

describe('salesFootnotes on the edges', () => {
  const years = [2011, 2012, 2013, 2014];
  const data = table(
    [
      sale(2011, 'Renault', null, 'A'), sale(2011, 'Nissan', 100), sale(2011, 'AvtoVAZ', null, 'A'),
      sale(2012, 'Renault', null, 'B'), sale(2012, 'Nissan', 100), sale(2012, 'AvtoVAZ', null, 'A'),
      sale(2013, 'Renault', 100), sale(2013, 'Nissan', null),
      sale(2014, 'Renault', null, 'B'), sale(2014, 'Nissan', 100),
    ],
    years.map((year) => total(year, 1000)),
  );
  const chosen: Brand[] = ['Renault', 'Nissan', 'AvtoVAZ'];

  it('merges a brand’s consecutive years with one note only, in brand order then year', () => {
    expect(salesFootnotes(salesYears(data, filter([2011, 2014], chosen)), [], 'units', 'stacked', en)).toEqual([
      'No Renault bar in 2011: A',
      'No Renault bar in 2012: B',
      'No Renault bar in 2014: B',
      'No Nissan bar in 2013: the source gives no figure for this year.',
      'No AvtoVAZ bar in 2011–2012: A',
    ]);
  });

  it('writes a gap\'s note in French as a sentence of its own, never a capital after a colon', () => {
    // A record's note is a sentence ("Le tableau ne donne…"): French puts no capital after « : ».
    const notes = salesFootnotes(salesYears(data, filter([2011, 2014], chosen)), [], 'units', 'stacked', intlFor('fr'));
    expect(notes.slice(0, 1).concat(notes.slice(3, 4))).toEqual([
      'Pas de barre Renault en 2011. A',
      'Pas de barre Nissan en 2013. La source ne donne aucun chiffre pour cette année.',
    ]);
  });

  it('names the brands switched off and the grey part of stacked units', () => {
    const f = filter([2011, 2011], ['Renault']);
    expect(salesFootnotes(salesYears(data, f), hiddenBrandsWithFigures(data, f), 'units', 'stacked', en)).toEqual([
      'No Renault bar in 2011: A',
      'Totals are for the whole Alliance, including Nissan (switched off in the filter); the grey part of each bar is Nissan.',
    ]);
  });

  it('says nothing of switched-off brands when no year is shown', () => {
    expect(salesFootnotes([], ['Nissan'], 'units', 'stacked', en)).toEqual([]);
  });

  it('spans each inclusion over its years, per including brand and inner brand, in brand order', () => {
    const nested = table(
      [
        sale(2020, 'Renault', 500), sale(2020, 'Nissan', 300), sale(2020, 'Mitsubishi', 100), sale(2020, 'Dacia', 150),
        sale(2021, 'Renault', 600), sale(2021, 'Nissan', 400), sale(2021, 'Mitsubishi', 120), sale(2021, 'AvtoVAZ', 50), sale(2021, 'Dacia', 200),
        sale(2022, 'Renault', 700), sale(2022, 'Nissan', 300), sale(2022, 'Mitsubishi', null), sale(2022, 'Dacia', 250),
      ],
      [total(2020, 950), total(2021, 1000), total(2022, 1000)],
      {
        brands: [
          { id: 'Renault', colours, includes: [{ brand: 'AvtoVAZ' }, { brand: 'Dacia', from: 2021 }] },
          { id: 'Nissan', colours, includes: [{ brand: 'Mitsubishi' }] },
          { id: 'Mitsubishi', colours },
          { id: 'AvtoVAZ', colours },
          { id: 'Dacia', colours },
        ],
      },
    );
    const all: Brand[] = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ', 'Dacia'];
    expect(salesFootnotes(salesYears(nested, filter([2020, 2022], all)), [], 'units', 'stacked', en)).toEqual([
      'No Mitsubishi bar in 2022: the source gives no figure for this year.',
      'Renault’s figures include AvtoVAZ in 2021; its bar shows Renault’s figure less AvtoVAZ’s.',
      'Renault’s figures include Dacia in 2021–2022; its bar shows Renault’s figure less Dacia’s.',
      'Nissan’s figures include Mitsubishi in 2020–2021; its bar shows Nissan’s figure less Mitsubishi’s.',
    ]);
  });
});

describe('salesEmptyMessage on the edges', () => {
  const data = table(
    [sale(2011, 'Renault', null), sale(2011, 'Nissan', 100), sale(2012, 'Renault', null), sale(2012, 'Nissan', 100), sale(2013, 'Renault', 100), sale(2013, 'Nissan', null)],
    [total(2011, 100), total(2012, 100), total(2013, 100)],
  );
  const messageFor = (yearRange: YearRange, brands: Brand[]) => salesEmptyMessage(data, filter(yearRange, brands), salesYears(data, filter(yearRange, brands)), en);

  it('draws a chart when every year has a gap but also a figure', () => {
    expect(messageFor([2011, 2012], ['Renault', 'Nissan'])).toBeNull();
  });

  it('draws a chart when a brand’s figures start after its gaps', () => {
    expect(messageFor([2011, 2013], ['Renault'])).toBeNull();
  });

  it('says which brand has no figure when no record gives a reason', () => {
    expect(messageFor([2013, 2013], ['Nissan'])).toBe('Nissan has no sales figures in 2013.');
  });
});

describe('salesTable columns', () => {
  it('heads each column and marks the numeric ones, the shares to two decimals on every row', () => {
    expect(salesTable([], en).columns).toEqual([
      { key: 'year', label: 'Year' },
      { key: 'brand', label: 'Brand' },
      { key: 'units', label: 'Units sold', isNumeric: true },
      { key: 'share', label: 'Share of Alliance total (%)', isNumeric: true, decimals: 2 },
      { key: 'allianceTotal', label: 'Alliance total', isNumeric: true },
      { key: 'source', label: 'Source' },
    ]);
  });
});
