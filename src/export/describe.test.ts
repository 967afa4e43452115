import { intlFor } from '../i18n/intl';
import type { Source } from '../data/schema';
import { dataset } from '../test/renderWithProviders';
import { citation, drawnYears, filterLine, sourceDate, sourceLine } from './describe';

const en = intlFor('en');

const source = (id: string) => dataset.sources.find((s) => s.id === id)!;

describe('filterLine', () => {
  it('describes a range and some brands', () => {
    expect(filterLine({ yearRange: [2013, 2016], brands: ['Renault', 'Nissan'], at: null, vs: null }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], en)).toBe('Years 2013–2016 · Brands: Renault, Nissan');
  });

  it('describes one year and every brand', () => {
    expect(filterLine({ yearRange: [2017, 2017], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], at: null, vs: null }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], en)).toBe('Year 2017 · Brands: all brands');
  });

  it('says when no brand is selected', () => {
    expect(filterLine({ yearRange: [2011, 2018], brands: [], at: null, vs: null }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], en)).toBe('Years 2011–2018 · Brands: no brand selected');
  });

  it('adds the two years compared, the cursor first, while a comparison is on and inside the range', () => {
    const all = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
    expect(filterLine({ yearRange: [2011, 2018], brands: all, at: 2017, vs: 2012 }, all, en)).toBe('Years 2011–2018 · Brands: all brands · 2017 compared with 2012');
    // The cursor follows the range's end; the years drawn are the chart's own.
    expect(filterLine({ yearRange: [1999, 2023], brands: all, at: null, vs: 2016 }, all, en, [2009, 2021])).toBe('Years 2009–2021 · Brands: all brands · 2023 compared with 2016');
    expect(filterLine({ yearRange: [2011, 2018], brands: all, at: 2017, vs: 2020 }, all, en)).toBe('Years 2011–2018 · Brands: all brands');
    expect(filterLine({ yearRange: [2011, 2018], brands: all, at: 2017, vs: 2012 }, all, intlFor('ja'))).toBe('2011～2018年 · ブランド：すべてのブランド · 2017年と2012年を比較');
  });

  it('leaves out the span where a chart draws the years compared, not a span (ownership, plants)', () => {
    const all = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
    expect(filterLine({ yearRange: [1999, 2023], brands: all, at: 2017, vs: 2012 }, all, en, null)).toBe('Brands: all brands · 2017 compared with 2012');
    expect(filterLine({ yearRange: [1999, 2023], brands: all, at: 2017, vs: 2012 }, all, intlFor('fr'), null)).toBe('Marques\u202f: toutes les marques · 2017 comparée à 2012');
    expect(filterLine({ yearRange: [1999, 2023], brands: all, at: 2017, vs: 2012 }, all, intlFor('ja'), null)).toBe('ブランド：すべてのブランド · 2017年と2012年を比較');
  });

  it('names the years drawn when the filter is wider than the data (EV data runs 2009–2021)', () => {
    const drawn = drawnYears([1999, 2023], [2009, 2021])!;
    expect(filterLine({ yearRange: drawn, brands: ['Nissan'], at: null, vs: null }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], en)).toBe('Years 2009–2021 · Brands: Nissan');
  });
});

describe('drawnYears', () => {
  it('cuts the filter to the data on both ends', () => {
    expect(drawnYears([1999, 2023], [2011, 2018])).toEqual([2011, 2018]);
  });

  it('keeps a filter inside the data as it is', () => {
    expect(drawnYears([2013, 2016], [2011, 2018])).toEqual([2013, 2016]);
  });

  it('keeps a single shared year', () => {
    expect(drawnYears([2018, 2023], [2011, 2018])).toEqual([2018, 2018]);
  });

  it('is null when the filter misses the data', () => {
    expect(drawnYears([2019, 2023], [2011, 2018])).toBeNull();
  });

  it('is the filter itself when the view does not say its years', () => {
    expect(drawnYears([2013, 2016], null)).toEqual([2013, 2016]);
  });
});

describe('sourceDate', () => {
  it('writes a full date with the month in words', () => {
    expect(sourceDate('2023-12-06', 'en')).toBe('6 December 2023');
  });

  it('writes a month and year', () => {
    expect(sourceDate('2017-03', 'en')).toBe('March 2017');
  });

  it('leaves anything else as the source wrote it', () => {
    expect(sourceDate('spring 2017', 'en')).toBe('spring 2017');
  });

  it('writes each language and precision in its own words, however the calls are mixed', () => {
    const dates = ['2023-12-06', '2017-03', '2023-12-06', '2017-03'];
    expect(dates.map((date) => sourceDate(date, 'fr'))).toEqual(['6 décembre 2023', 'mars 2017', '6 décembre 2023', 'mars 2017']);
    expect(dates.map((date) => sourceDate(date, 'ja'))).toEqual(['2023年12月6日', '2017年3月', '2023年12月6日', '2017年3月']);
    expect(dates.map((date) => sourceDate(date, 'en'))).toEqual(['6 December 2023', 'March 2017', '6 December 2023', 'March 2017']);
  });
});

describe('citation', () => {
  it('an encyclopedia article without publisher or date: title in quotes and its kind', () => {
    expect(citation(source('wiki-alliance'), en)).toBe('“Renault–Nissan–Mitsubishi Alliance”, encyclopedia article');
  });

  it('a news article whose document states no publisher, its first-sentence title saying so', () => {
    expect(citation(source('autonews-2017-asia'), en)).toBe('“The company looks toward Asia for growth.” (first sentence; no headline), news article');
  });

  it('a news article with its date', () => {
    expect(citation(source('alliance-joint-projects-2023'), en)).toBe('“The Renault-Nissan Alliance relaunches joint projects”, news article, 6 December 2023');
  });

  it('publisher and date together, in that order', () => {
    const both: Source = { id: 'x', title: 'T', file: 'x.txt', publisher: 'P', date: '2020-01', language: 'en', kind: 'news' };
    expect(citation(both, en)).toBe('“T”, news article, P, January 2020');
  });
});

describe('sourceLine', () => {
  it('one source, credited to the document and then the atlas', () => {
    expect(sourceLine([source('wiki-alliance')], en)).toBe('Source: “Renault–Nissan–Mitsubishi Alliance”, encyclopedia article · Alliance Atlas');
  });

  it('several sources, separated by semicolons', () => {
    expect(sourceLine([source('wiki-alliance'), source('autonews-2017-asia')], en)).toBe(
      'Sources: “Renault–Nissan–Mitsubishi Alliance”, encyclopedia article; “The company looks toward Asia for growth.” (first sentence; no headline), news article · Alliance Atlas',
    );
  });
});

describe('the lines under an exported image, in French and Japanese', () => {
  const all = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;
  const source = { id: 's', title: 'Renault–Nissan–Mitsubishi Alliance', kind: 'encyclopedia', publisher: null, date: '2023-12-06', language: 'en', url: null } as unknown as Source;

  it('words the filter line', () => {
    expect(filterLine({ yearRange: [2013, 2016], brands: [...all], at: null, vs: null }, all, intlFor('fr'))).toBe('Années 2013–2016 · Marques\u202f: toutes les marques');
    expect(filterLine({ yearRange: [2017, 2017], brands: ['Renault'], at: null, vs: null }, all, intlFor('fr'))).toBe('Année 2017 · Marques\u202f: Renault');
    expect(filterLine({ yearRange: [2013, 2016], brands: [], at: null, vs: null }, all, intlFor('ja'))).toBe('2013～2016年 · ブランド：ブランド未選択');
  });

  it('words the citation, its kind and date, and keeps the title as written', () => {
    expect(sourceLine([source], intlFor('fr'))).toBe('Source\u202f: «\u00a0Renault–Nissan–Mitsubishi Alliance\u00a0», article d’encyclopédie, 6 décembre 2023 · Alliance Atlas');
    expect(sourceLine([source], intlFor('ja'))).toBe('出典：「Renault–Nissan–Mitsubishi Alliance」、百科事典の記事、2023年12月6日 · Alliance Atlas');
  });
});
