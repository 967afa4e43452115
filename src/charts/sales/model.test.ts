import realDataset from '../../../public/data/alliance.json';
import { Dataset, type Brand } from '../../data/schema';
import { daciaDataset } from '../../test/daciaDataset';
import type { YearRange } from '../../state/filters';
import { intlFor } from '../../i18n/intl';
import {
  hiddenBrandsWithFigures,
  salesChartRows,
  salesEmptyMessage,
  salesFootnotes,
  salesSummary,
  salesTableSpan,
  salesTarget,
  salesValueAxis,
  salesYears,
  salesYearsShown,
  targetFromYear,
} from './model';
import { salesTable } from './table';

const en = intlFor('en');

// Figures below are checked by hand against the seed's sales table (002_d899d992310475ac.txt, lines 74–80).
const dataset = Dataset.parse(realDataset);
const ALL: readonly Brand[] = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
const filter = (yearRange: YearRange, brands: readonly Brand[] = ALL) => ({ yearRange, brands });
const noteOf = (year: number, brand: Brand) => dataset.sales.find((s) => s.year === year && s.brand === brand)?.note;

/** A three-year table in which the total falls and the leader changes, cases the real data never shows. */
const fallingDataset: Dataset = {
  ...dataset,
  sales: [
    { year: 2019, brand: 'Renault', units: 3_000_000, source: 'wiki-alliance' },
    { year: 2019, brand: 'Nissan', units: 7_000_000, source: 'wiki-alliance' },
    { year: 2020, brand: 'Renault', units: 4_000_000, source: 'wiki-alliance' },
    { year: 2020, brand: 'Nissan', units: 5_000_000, source: 'wiki-alliance' },
    { year: 2021, brand: 'Renault', units: 5_000_000, source: 'wiki-alliance' },
    { year: 2021, brand: 'Nissan', units: 3_000_000, source: 'wiki-alliance' },
  ],
  salesTotals: [
    { year: 2021, units: 8_000_000, source: 'wiki-alliance' },
    { year: 2019, units: 10_000_000, source: 'wiki-alliance' },
    { year: 2020, units: 9_000_000, source: 'wiki-alliance' },
  ],
};

describe('salesYearsShown', () => {
  it('clips the full filter domain to the sales table', () => {
    expect(salesYearsShown(dataset, [1999, 2023])).toEqual([2011, 2018]);
  });

  it('keeps a range inside the table as it is', () => {
    expect(salesYearsShown(dataset, [2014, 2016])).toEqual([2014, 2016]);
  });

  it('clips a range overlapping the end to one year', () => {
    expect(salesYearsShown(dataset, [2018, 2023])).toEqual([2018, 2018]);
  });

  it('returns null for a range before the table', () => {
    expect(salesYearsShown(dataset, [1999, 2005])).toBeNull();
  });
});

describe('salesYears', () => {
  it('gives the selected brands with exact units, shares of the published total and record indexes', () => {
    expect(salesYears(dataset, filter([2014, 2014], ['Renault', 'Nissan']))).toEqual([
      {
        year: 2014,
        totalUnits: 8_470_610,
        totalIndex: 3,
        totalSource: 'wiki-alliance',
        cells: [
          { brand: 'Renault', units: 2_712_432, ownUnits: 2_712_432, includes: [], inside: null, order: 0, share: (2_712_432 / 8_470_610) * 100, index: 3, source: 'wiki-alliance', note: null },
          { brand: 'Nissan', units: 5_310_064, ownUnits: 5_310_064, includes: [], inside: null, order: 1, share: (5_310_064 / 8_470_610) * 100, index: 11, source: 'wiki-alliance', note: null },
        ],
      },
    ]);
  });

  it('lists the years of the range in order', () => {
    expect(salesYears(dataset, filter([2014, 2016], ['Renault'])).map((y) => y.year)).toEqual([2014, 2015, 2016]);
  });

  it('computes Nissan 2017 as 5,816,278 / 10,608,366', () => {
    const y2017 = salesYears(dataset, filter([2017, 2017], ['Nissan']))[0];
    expect(y2017?.cells[0]?.share).toBe((5_816_278 / 10_608_366) * 100);
  });

  it('makes shares add up to 100% (±0.01) every year when all brands are selected', () => {
    const sums = salesYears(dataset, filter([2011, 2018])).map((y) => y.cells.reduce((sum, c) => sum + (c.share ?? 0), 0));
    expect(sums).toHaveLength(8);
    for (const sum of sums) expect(sum).toBeCloseTo(100, 2);
  });

  it('keeps a missing figure as null with its note, not as zero', () => {
    const cell = salesYears(dataset, filter([2015, 2015], ['Mitsubishi']))[0]?.cells[0];
    expect(cell).toEqual({
      brand: 'Mitsubishi', units: null, ownUnits: null, includes: [], inside: null, order: 2, share: null, index: 20, source: 'wiki-alliance', note: noteOf(2015, 'Mitsubishi'),
    });
  });

  it('keeps the years and totals but no cells when no brand is selected', () => {
    expect(salesYears(dataset, filter([2018, 2018], []))).toEqual([
      { year: 2018, totalUnits: 10_756_875, totalIndex: 7, totalSource: 'wiki-alliance', cells: [] },
    ]);
  });

  it('returns no years for a range outside the table', () => {
    expect(salesYears(dataset, filter([2020, 2023]))).toEqual([]);
  });
});

describe('hiddenBrandsWithFigures', () => {
  it('names switched-off brands with a figure in the years shown', () => {
    expect(hiddenBrandsWithFigures(dataset, filter([2017, 2018], ['Renault', 'Nissan']))).toEqual(['Mitsubishi']);
  });

  it('is empty when every brand is selected', () => {
    expect(hiddenBrandsWithFigures(dataset, filter([2011, 2018]))).toEqual([]);
  });
});

describe('salesChartRows', () => {
  it('gives units and the published total, with no key for AvtoVAZ in 2017', () => {
    const [row] = salesChartRows(salesYears(dataset, filter([2017, 2017])), 'units');
    expect(row).toEqual({ year: 2017, totalUnits: 10_608_366, totalValue: 10_608_366, values: new Map([['Renault', 3_761_634], ['Nissan', 5_816_278], ['Mitsubishi', 1_030_454]]) });
    expect(row?.values.has('AvtoVAZ')).toBe(false);
  });

  it('draws shares, with the total mark at 100%', () => {
    const [row] = salesChartRows(salesYears(dataset, filter([2014, 2014], ['Renault', 'Nissan'])), 'share');
    const [renault, nissan] = [(2_712_432 / 8_470_610) * 100, (5_310_064 / 8_470_610) * 100];
    expect(row).toMatchObject({ year: 2014, totalUnits: 8_470_610, totalValue: 100, values: new Map([['Renault', renault], ['Nissan', nissan]]) });
    expect(row?.others).toBeCloseTo((448_114 / 8_470_610) * 100, 9); // AvtoVAZ, the one brand switched off
  });

  it('gives the rest of the total to the brands switched off: AvtoVAZ’s 448,114 in 2014', () => {
    const [row] = salesChartRows(salesYears(dataset, filter([2014, 2014], ['Renault', 'Nissan'])), 'units');
    expect(row?.others).toBe(448_114);
  });

  it('has nothing left over when every brand is shown', () => {
    expect(salesChartRows(salesYears(dataset, filter([2011, 2018])), 'units').filter((row) => row.others !== undefined)).toEqual([]);
  });

  it('leaves a year with only a missing figure with no bar value at all', () => {
    const [row] = salesChartRows(salesYears(dataset, filter([2015, 2015], ['Mitsubishi'])), 'units');
    expect(row).toEqual({ year: 2015, totalUnits: 8_528_887, totalValue: 8_528_887, values: new Map(), others: 8_528_887 });
  });
});

describe('salesValueAxis', () => {
  const allRows = (mode: 'units' | 'share') => salesChartRows(salesYears(dataset, filter([2011, 2018])), mode);

  it('rounds the stacked totals up to 12M in 2M steps', () => {
    expect(salesValueAxis(allRows('units'), 'units', 'stacked')).toEqual({ domain: [0, 12e6], ticks: [0, 2e6, 4e6, 6e6, 8e6, 10e6, 12e6] });
  });

  it('reaches the 14M target when it is drawn', () => {
    expect(salesValueAxis(allRows('units'), 'units', 'stacked', 14e6).domain).toEqual([0, 14e6]);
  });

  it('runs 0–100% for stacked shares', () => {
    expect(salesValueAxis(allRows('share'), 'share', 'stacked')).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('fits grouped bars to the tallest brand, Nissan 2017', () => {
    expect(salesValueAxis(allRows('units'), 'units', 'grouped')).toEqual({ domain: [0, 6e6], ticks: [0, 1e6, 2e6, 3e6, 4e6, 5e6, 6e6] });
  });

  it('falls back to 0–1 with no rows', () => {
    expect(salesValueAxis([], 'units', 'stacked').domain).toEqual([0, 1]);
  });
});

/** The years the seeds' sales table covers, as the chart draws them all. */
const YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];

describe('targetFromYear', () => {
  it('starts the line at the year the target was set (the 2022 plan, set in 2017), or the next year drawn', () => {
    expect(targetFromYear(2017, YEARS)).toBe(2017);
    expect(targetFromYear(2017, [2014, 2016, 2018])).toBe(2018);
  });
  it('starts it at the plot’s edge when it was set before the years drawn, at their first, or when no year is given', () => {
    expect([targetFromYear(2005, YEARS), targetFromYear(2011, YEARS), targetFromYear(null, YEARS), targetFromYear(2017, [])]).toEqual([null, null, null, null]);
  });
  it('keeps the last year drawn for a target set after them', () => {
    expect(targetFromYear(2020, YEARS)).toBe(2018);
  });
});

describe('salesTarget', () => {
  it('gives the 2022 target when the range includes 2022', () => {
    expect(salesTarget(dataset, [1999, 2023], 'units', 'stacked', YEARS)).toEqual({
      year: 2022, isFiscalYear: true, units: 14_000_000, label: dataset.targets[0]?.label, setIn: 2017, fromYear: 2017, index: 0, source: 'autonews-2017-asia',
    });
  });

  it('starts the line at the first drawn year from the one it was set in, or the edge when it was set before them', () => {
    expect(salesTarget(dataset, [2014, 2022], 'units', 'stacked', [2014, 2016, 2018])?.fromYear).toBe(2018);
    expect(salesTarget(dataset, [2017, 2022], 'units', 'stacked', [2017, 2018])?.fromYear).toBeNull();
  });

  it('gives none when the range stops before 2022', () => {
    expect(salesTarget(dataset, [2011, 2018], 'units', 'stacked', YEARS)).toBeNull();
  });

  it('gives none in share mode', () => {
    expect(salesTarget(dataset, [1999, 2023], 'share', 'stacked', YEARS)).toBeNull();
  });
});

describe('salesSummary', () => {
  const summaryFor = (yearRange: YearRange, brands: readonly Brand[] = ALL, data = dataset) =>
    salesSummary(salesYears(data, filter(yearRange, brands)), hiddenBrandsWithFigures(data, filter(yearRange, brands)).length > 0, en);

  it('names the years of a brand whose figures cover only part of the range', () => {
    expect(summaryFor([1999, 2023], ['Mitsubishi'])).toBe(
      '2011–2018: the Alliance grew from 8.03M to 10.8M units; Mitsubishi’s share went from 9.4% in 2016 to 11.3% in 2018.',
    );
  });

  it('describes the whole table', () => {
    expect(summaryFor([1999, 2023])).toBe('2011–2018: the Alliance grew from 8.03M to 10.8M units; Nissan sold the most each year.');
  });

  it('says "of the brands shown" when brands with figures are switched off', () => {
    expect(summaryFor([2014, 2016], ['Renault', 'Nissan'])).toBe('2014–2016: the Alliance grew from 8.47M to 9.96M units; of the brands shown, Nissan sold the most each year.');
  });

  it('gives the leader with units and share for one year', () => {
    expect(summaryFor([2017, 2017])).toBe('2017: the Alliance sold 10.6M units; Nissan sold the most (5.82M, 54.8%).');
  });

  it("follows one brand's share across the range", () => {
    expect(summaryFor([2011, 2018], ['Renault'])).toBe("2011–2018: the Alliance grew from 8.03M to 10.8M units; Renault’s share went from 33.9% to 36.1%.");
  });

  it('uses the only year a brand has a figure', () => {
    expect(summaryFor([2015, 2016], ['Mitsubishi'])).toBe('2015–2016: the Alliance grew from 8.53M to 9.96M units; Mitsubishi sold 934K of them in 2016 (9.4%).');
  });

  it('says "fell" and counts leaders when they change', () => {
    expect(summaryFor([2019, 2021], ['Renault', 'Nissan'], fallingDataset)).toBe('2019–2021: the Alliance fell from 10M to 8M units; Nissan sold the most in 2 of 3 years.');
  });

  it('says so when nothing matches', () => {
    expect(salesSummary([], false, en)).toBe('No sales figures match the filter.');
  });
});

describe('salesFootnotes', () => {
  it('explains each gap from its record note, merging Mitsubishi 2011–2015', () => {
    expect(salesFootnotes(salesYears(dataset, filter([2011, 2018])), [], 'units', 'stacked', en)).toEqual([
      `No Mitsubishi bar in 2011–2015: ${noteOf(2011, 'Mitsubishi')}`,
      `No AvtoVAZ bar in 2017: ${noteOf(2017, 'AvtoVAZ')}`,
      `No AvtoVAZ bar in 2018: ${noteOf(2018, 'AvtoVAZ')}`,
    ]);
  });

  it('says the totals and shares include brands switched off, and which part of a stacked bar they are', () => {
    const f = filter([2014, 2016], ['Renault', 'Nissan']);
    const notes = (mode: 'units' | 'share', layout: 'stacked' | 'grouped') => salesFootnotes(salesYears(dataset, f), hiddenBrandsWithFigures(dataset, f), mode, layout, en);
    expect(notes('share', 'grouped')).toEqual([
      'Totals are for the whole Alliance, including Mitsubishi and AvtoVAZ (switched off in the filter), so the shares shown add up to less than 100%.',
    ]);
    expect(notes('share', 'stacked')).toEqual([
      'Totals are for the whole Alliance, including Mitsubishi and AvtoVAZ (switched off in the filter); the grey part of each bar is Mitsubishi and AvtoVAZ, filling it to 100%.',
    ]);
    expect(notes('units', 'grouped')).toEqual(['Totals are for the whole Alliance, including Mitsubishi and AvtoVAZ (switched off in the filter).']);
  });

  it('has none for years and brands with every figure', () => {
    expect(salesFootnotes(salesYears(dataset, filter([2016, 2016])), [], 'units', 'stacked', en)).toEqual([]);
  });
});

describe('salesEmptyMessage', () => {
  it('names the range and the table years when they do not meet', () => {
    const f = filter([1999, 2005]);
    expect(salesEmptyMessage(dataset, f, salesYears(dataset, f), en)).toBe('No sales figures in 1999–2005; the sales table covers 2011–2018.');
  });

  it('asks for a brand when none is selected', () => {
    const f = filter([2011, 2018], []);
    expect(salesEmptyMessage(dataset, f, salesYears(dataset, f), en)).toBe('No brand selected: switch a brand on in the filter to see its sales.');
  });

  it('points to the note when the brands chosen have no figure in the years shown', () => {
    const f = filter([2011, 2014], ['Mitsubishi']);
    expect(salesEmptyMessage(dataset, f, salesYears(dataset, f), en)).toMatch(/^Mitsubishi has no sales figures in 2011–2014\. The table gives no Mitsubishi figure before 2016: .*joined the Alliance in 2016/);
  });

  it('is null when there is something to draw', () => {
    const f = filter([1999, 2023]);
    expect(salesEmptyMessage(dataset, f, salesYears(dataset, f), en)).toBeNull();
  });
});

describe('salesTable', () => {
  it('gives raw units, shares to 0.01 % and the total per brand and year', () => {
    expect(salesTable(salesYears(dataset, filter([2014, 2014], ['Renault', 'Nissan'])), en).rows).toEqual([
      { year: 2014, brand: 'Renault', units: 2_712_432, share: 32.02, allianceTotal: 8_470_610, source: 'wiki-alliance' },
      { year: 2014, brand: 'Nissan', units: 5_310_064, share: 62.69, allianceTotal: 8_470_610, source: 'wiki-alliance' },
    ]);
  });

  it('writes a missing figure as empty, not 0', () => {
    expect(salesTable(salesYears(dataset, filter([2017, 2017], ['AvtoVAZ'])), en).rows).toEqual([
      { year: 2017, brand: 'AvtoVAZ', units: null, share: null, allianceTotal: 10_608_366, source: 'wiki-alliance' },
    ]);
  });
});

describe('the test dataset with Dacia inside Renault and a 2024 year (the real file + tests/fixtures/dacia-additions.json)', () => {
  const every = { yearRange: [2024, 2024] as const, brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ', 'Dacia'] };

  it('stacks Renault less Dacia, then Dacia, so the parts add up to the published total once', () => {
    const [row] = salesChartRows(salesYears(daciaDataset, every), 'units', 'stacked');
    expect(row).toEqual({ year: 2024, totalUnits: 6_455_502, totalValue: 6_455_502, values: new Map([['Renault', 1_606_494], ['Nissan', 3_348_687], ['Mitsubishi', 842_000], ['Dacia', 658_321]]) });
  });

  it('draws the published figures side by side when grouped', () => {
    const [row] = salesChartRows(salesYears(daciaDataset, every), 'units', 'grouped');
    expect([row?.values.get('Renault'), row?.values.get('Dacia')]).toEqual([2_264_815, 658_321]);
  });

  it('carries Dacia in the grey part when Dacia is switched off', () => {
    const [row] = salesChartRows(salesYears(daciaDataset, { ...every, brands: ['Renault', 'Nissan', 'Mitsubishi'] }), 'units', 'stacked');
    expect([row?.values.get('Renault'), row?.others]).toEqual([1_606_494, 658_321]);
  });

  it('says in a footnote that Renault includes Dacia and how the bar shows it', () => {
    expect(salesFootnotes(salesYears(daciaDataset, every), [], 'units', 'stacked', en)).toContain(
      'Renault’s figures include Dacia in 2024; its bar shows Renault’s figure less Dacia’s.',
    );
  });

  it('counts the 2024 year in the table span', () => {
    expect(salesTableSpan(daciaDataset)).toEqual([2011, 2024]);
  });
});

describe('sales words in French and Japanese', () => {
  const fr = intlFor('fr');
  const ja = intlFor('ja');
  const summaryIn = (intl: typeof en, yearRange: YearRange, brands: readonly Brand[] = ALL) =>
    salesSummary(salesYears(dataset, filter(yearRange, brands)), hiddenBrandsWithFigures(dataset, filter(yearRange, brands)).length > 0, intl);
  // Intl writes French numbers with narrow no-break spaces; the messages write them before « : ; ».
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

  it('writes the three filter states in English, French and Japanese, figures as each language writes them', () => {
    const states = [
      summaryIn(en, [1999, 2023]),
      summaryIn(en, [2014, 2016], ['Renault', 'Nissan']),
      summaryIn(en, [2017, 2017]),
    ];
    expect(states).toEqual([
      '2011–2018: the Alliance grew from 8.03M to 10.8M units; Nissan sold the most each year.',
      '2014–2016: the Alliance grew from 8.47M to 9.96M units; of the brands shown, Nissan sold the most each year.',
      '2017: the Alliance sold 10.6M units; Nissan sold the most (5.82M, 54.8%).',
    ]);
    expect([summaryIn(fr, [1999, 2023]), summaryIn(fr, [2014, 2016], ['Renault', 'Nissan']), summaryIn(fr, [2017, 2017])].map(plain)).toEqual([
      '2011–2018 : les ventes de l’Alliance sont passées de 8,03 M à 10,8 M véhicules ; c’est Nissan qui a le plus vendu chaque année.',
      '2014–2016 : les ventes de l’Alliance sont passées de 8,47 M à 9,96 M véhicules ; parmi les marques affichées, c’est Nissan qui a le plus vendu chaque année.',
      '2017 : l’Alliance a vendu 10,6 M véhicules ; c’est Nissan qui a le plus vendu (5,82 M, 54,8 %).',
    ]);
    expect([summaryIn(ja, [1999, 2023]), summaryIn(ja, [2014, 2016], ['Renault', 'Nissan']), summaryIn(ja, [2017, 2017])]).toEqual([
      '2011～2018年：アライアンスの販売台数は803万台から1,076万台に増加。毎年Nissanが最多。',
      '2014～2016年：アライアンスの販売台数は847万台から996万台に増加。表示中のブランドでは毎年Nissanが最多。',
      '2017年：アライアンスの販売台数は1,061万台。Nissanが最多（582万台、54.8%）。',
    ]);
  });

  it('follows one brand’s share in French and Japanese', () => {
    expect(plain(summaryIn(fr, [1999, 2023], ['Mitsubishi']))).toBe(
      '2011–2018 : les ventes de l’Alliance sont passées de 8,03 M à 10,8 M véhicules ; la part de Mitsubishi est passée de 9,4 % en 2016 à 11,3 % en 2018.',
    );
    expect(summaryIn(ja, [1999, 2023], ['Mitsubishi'])).toBe(
      '2011～2018年：アライアンスの販売台数は803万台から1,076万台に増加。Mitsubishiのシェアは2016年の9.4%から2018年の11.3%に推移。',
    );
  });

  it('keeps the record’s note as written inside a translated footnote', () => {
    const [first] = salesFootnotes(salesYears(dataset, filter([2011, 2018])), [], 'units', 'stacked', ja);
    expect(first).toBe(`2011～2015年のMitsubishiの棒なし：${noteOf(2011, 'Mitsubishi')}`);
  });

  it('heads the table in the reader’s language', () => {
    const table = salesTable(salesYears(dataset, filter([2014, 2014])), fr);
    expect(table.columns.map((c) => c.label)).toEqual(['Année', 'Marque', 'Véhicules vendus', 'Part du total de l’Alliance (%)', 'Total de l’Alliance', 'Document source']);
  });
});
