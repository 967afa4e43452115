import type { Brand } from '../data/schema';
import { exportFileName, fileNameFor, namedYears } from './fileName';

const ALL: readonly Brand[] = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
/** What a file is named for; by default the cursor at the filter's last year and nothing compared. */
const name = (chart: string, yearRange: [number, number], brands: readonly Brand[], allBrands: readonly Brand[], at: number | null = null, vs: number | null = null) => ({ chart, yearRange, brands, allBrands, at, vs });

describe('exportFileName', () => {
  it('names the chart, years and brands', () => {
    expect(exportFileName(name('sales', [2013, 2016], ['Renault', 'Nissan'], ALL), 'png')).toBe('alliance-sales-2013-2016-renault-nissan.png');
  });

  it('uses a single year when the range is one year', () => {
    expect(exportFileName(name('ev', [2017, 2017], ['Nissan'], ALL), 'svg')).toBe('alliance-ev-2017-nissan.svg');
  });

  it('says all-brands when every brand is selected', () => {
    expect(exportFileName(name('plants', [1999, 2023], ALL, ALL), 'csv')).toBe('alliance-plants-1999-2023-all-brands.csv');
  });

  it('makes a brand of any characters a clean part of the name: no dash at its ends, accents dropped', () => {
    expect(exportFileName(name('sales', [2011, 2011], ['(Alliance)', 'Ré '], ['(Alliance)', 'Ré ', 'Nissan']), 'png')).toBe('alliance-sales-2011-alliance-re.png');
  });

  it('counts the brands where naming them would make a name too long to save (99 brands of 72 characters: 7,082)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Brand ${i} ${'x'.repeat(64)}`);
    const name99 = exportFileName(name('sales', [2011, 2018], many.slice(1), many, 2015, 2012), 'png', '1200x675-dark');
    expect(name99).toBe('alliance-sales-2011-2018-99-brands-at-2015-vs-2012-1200x675-dark.png');
    // Names up to 60 characters of brands stay named.
    const three = ['A'.repeat(20), 'B'.repeat(19), 'C'.repeat(19)];
    expect(exportFileName(name('sales', [2011, 2011], three, [...three, 'D']), 'csv')).toBe(`alliance-sales-2011-${three.map((b) => b.toLowerCase()).join('-')}.csv`);
    expect(exportFileName(name('sales', [2011, 2011], [...three.slice(0, 2), 'C'.repeat(20)], [...three, 'D']), 'csv')).toBe('alliance-sales-2011-3-brands.csv');
  });

  it('leaves out a brand with no Latin letter or digit, rather than end the name in a dash; one of those alone is counted', () => {
    expect([
      exportFileName(name('sales', [2011, 2018], ['日産', 'Renault'], ['日産', 'Renault', 'Nissan']), 'png'),
      exportFileName(name('sales', [2011, 2018], ['日産'], ['日産', 'Renault']), 'png'),
    ]).toEqual(['alliance-sales-2011-2018-renault.png', 'alliance-sales-2011-2018-1-brand.png']);
  });

  it('adds how an image was drawn, where given', () => {
    expect(exportFileName(name('sales', [2011, 2018], ['Renault'], ['Renault', 'Nissan']), 'png', '1200x675-dark-transparent')).toBe('alliance-sales-2011-2018-renault-1200x675-dark-transparent.png');
  });

  it('says no-brands when none is selected', () => {
    expect(exportFileName(name('ownership', [2001, 2023], [], ALL), 'png')).toBe('alliance-ownership-2001-2023-no-brands.png');
  });

  it('names the year the chart stands at when it is not the range’s last, and the year compared with it', () => {
    // Two images of the ownership diagram at one size and theme, one as of 2017 against 2012, one as of 2023, must not overwrite each other.
    expect([
      exportFileName(name('ownership', [1999, 2023], ALL, ALL, 2017, 2012), 'png', '1200x675-light'),
      exportFileName(name('ownership', [1999, 2023], ALL, ALL, 2017), 'png'),
      exportFileName(name('ownership', [1999, 2023], ALL, ALL, 2023, 2012), 'csv'),
    ]).toEqual(['alliance-ownership-1999-2023-all-brands-at-2017-vs-2012-1200x675-light.png', 'alliance-ownership-1999-2023-all-brands-at-2017.png', 'alliance-ownership-1999-2023-all-brands-at-2023-vs-2012.csv']);
  });
});

describe('namedYears', () => {
  it('names no year for the cursor at the filter’s last year with nothing compared, and both otherwise, as drawn', () => {
    expect([
      namedYears({ yearRange: [1999, 2023], at: null, vs: null }),
      namedYears({ yearRange: [1999, 2023], at: 2023, vs: null }),
      namedYears({ yearRange: [1999, 2023], at: 2017, vs: null }),
      namedYears({ yearRange: [1999, 2023], at: 2023, vs: 2012 }),
      // A stored cursor outside the range stands at its edge; a compared year outside it compares nothing.
      namedYears({ yearRange: [2013, 2016], at: 2005, vs: 2020 }),
    ]).toEqual([{ at: null, vs: null }, { at: null, vs: null }, { at: 2017, vs: null }, { at: 2023, vs: 2012 }, { at: 2013, vs: null }]);
  });

  it('names only years the image draws: the sales chart (2011–2018) of a 1999–2023 filter', () => {
    const sales = [2011, 2018] as const;
    expect([
      namedYears({ yearRange: [1999, 2023], at: 2020, vs: null }, sales),
      namedYears({ yearRange: [1999, 2023], at: 2020, vs: 2012 }, sales),
      namedYears({ yearRange: [1999, 2023], at: 2017, vs: 2021 }, sales),
      namedYears({ yearRange: [1999, 2023], at: 2017, vs: 2012 }, sales),
    ]).toEqual([{ at: null, vs: null }, { at: null, vs: 2012 }, { at: 2017, vs: null }, { at: 2017, vs: 2012 }]);
    // As the kit names a card's files: the years drawn, and the filter's cursor and compared year.
    const topic = { chart: 'sales', drawn: sales, brands: ALL, allBrands: ALL, filters: { yearRange: [1999, 2023] as const, at: 2020, vs: 2012 } };
    expect([fileNameFor(topic, 'png'), fileNameFor({ ...topic, filters: { ...topic.filters, at: 2017 } }, 'csv')]).toEqual([
      'alliance-sales-2011-2018-all-brands-vs-2012.png',
      'alliance-sales-2011-2018-all-brands-at-2017-vs-2012.csv',
    ]);
  });
});

describe('fileNameFor', () => {
  it('names an as-of chart (the ownership diagram, the plant map) for the one year it draws, not the filter’s span', () => {
    const ownership = { chart: 'ownership', drawn: [1999, 2023] as const, brands: ALL, allBrands: ALL, asOf: true, filters: { yearRange: [1999, 2023] as const, at: null, vs: null } };
    expect([
      fileNameFor(ownership, 'png'),
      fileNameFor({ ...ownership, filters: { ...ownership.filters, at: 2017 } }, 'csv'),
      fileNameFor({ ...ownership, filters: { ...ownership.filters, at: 2017, vs: 2012 } }, 'svg', '1200x675-dark'),
      // A stored cursor past the filter stands at its edge, as the chart does; a compared year outside it compares nothing.
      fileNameFor({ ...ownership, brands: ['Nissan'], filters: { yearRange: [2013, 2016], at: 2020, vs: 2005 } }, 'png'),
    ]).toEqual([
      'alliance-ownership-2023-all-brands.png',
      'alliance-ownership-2017-all-brands.csv',
      'alliance-ownership-2017-all-brands-vs-2012-1200x675-dark.svg',
      'alliance-ownership-2016-nissan.png',
    ]);
  });

  it('names a compared as-of chart for the later year, which it draws, whichever year the cursor is on', () => {
    const ownership = { chart: 'ownership', drawn: [1999, 2023] as const, brands: ALL, allBrands: ALL, asOf: true, filters: { yearRange: [1999, 2023] as const, at: 2012, vs: 2017 } };
    expect(fileNameFor(ownership, 'png')).toBe('alliance-ownership-2017-all-brands-vs-2012.png');
    // A compared year in the filter is named even where the chart's own years (stakes changed 1999–2023) end before it: the caption names it.
    expect(fileNameFor({ ...ownership, filters: { yearRange: [1999, 2026], at: 2023, vs: 2025 } }, 'png')).toBe('alliance-ownership-2025-all-brands-vs-2023.png');
  });
});
