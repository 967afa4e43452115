import { defaultFilters, type Filters } from '../state/filters';
import { domain } from '../test/renderWithProviders';

const DEFAULT_FILTERS = defaultFilters(domain);
import { filterAnnouncement } from './filterAnnouncement';
import { intlFor } from '../i18n/intl';

const EN = intlFor('en');

const with_ = (changes: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...changes });

describe('filterAnnouncement', () => {
  it('names the brand toggled off and what is left', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ brands: ['Renault', 'Mitsubishi', 'AvtoVAZ'] }), domain.brands, EN)).toBe(
      'Nissan off, showing Renault, Mitsubishi and AvtoVAZ.',
    );
  });

  it('counts the brands left past eight, rather than read out 99 names after each toggle', () => {
    const many = Array.from({ length: 100 }, (_, i) => `Brand ${i}`);
    const nine = many.slice(0, 9);
    expect(filterAnnouncement(with_({ brands: many }), with_({ brands: many.slice(1) }), many, EN)).toBe('Brand 0 off, showing 99 brands.');
    expect(filterAnnouncement(with_({ brands: nine }), with_({ brands: nine.slice(1) }), many, EN)).toBe(
      'Brand 0 off, showing Brand 1, Brand 2, Brand 3, Brand 4, Brand 5, Brand 6, Brand 7 and Brand 8.',
    );
    expect(filterAnnouncement(with_({ brands: many }), with_({ brands: many.slice(1) }), many, intlFor('fr'))).toBe('Brand 0 désactivée, affichage de 99 marques.');
    expect(filterAnnouncement(with_({ brands: many }), with_({ brands: many.slice(1) }), many, intlFor('ja'))).toBe('Brand 0をオフ。99ブランドを表示中。');
  });

  it('names the brand toggled back on', () => {
    expect(filterAnnouncement(with_({ brands: ['Renault', 'Mitsubishi', 'AvtoVAZ'] }), DEFAULT_FILTERS, domain.brands, EN)).toBe('Nissan on, all brands shown.');
  });

  it('says when no brand is left', () => {
    expect(filterAnnouncement(with_({ brands: ['Renault'] }), with_({ brands: [] }), domain.brands, EN)).toBe('Renault off, no brand selected.');
  });

  it('gives the years, and several changes (Reset) in short sentences', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ yearRange: [2014, 2017] }), domain.brands, EN)).toBe('Years 2014–2017.');
    expect(filterAnnouncement(with_({ brands: [], yearRange: [2016, 2016], salesMode: 'share' }), DEFAULT_FILTERS, domain.brands, EN)).toBe(
      'All brands shown. Years 1999–2023. Sales in units.',
    );
  });

  it('names a chart option and the map region', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ evScale: 'log', mapRegion: 'europe' }), domain.brands, EN)).toBe('EV axis logarithmic. Map: Europe.');
  });

  it('names the year when only the cursor moved', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ at: 2015 }), domain.brands, EN)).toBe('Every view as of 2015.');
    expect(filterAnnouncement(with_({ yearRange: [2011, 2018], at: 2012 }), with_({ yearRange: [2011, 2018], at: null }), domain.brands, EN)).toBe('Every view as of 2018.');
  });

  it('says nothing for a cursor set to where it already was (the range end)', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ at: 2023 }), domain.brands, EN)).toBeNull();
  });

  it('is null when nothing changed', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, { ...DEFAULT_FILTERS }, domain.brands, EN)).toBeNull();
  });
});

describe('filterAnnouncement in French and Japanese', () => {
  const say = (lang: 'fr' | 'ja', before: Filters, after: Filters) => filterAnnouncement(before, after, domain.brands, intlFor(lang));
  it('names the brand toggled and what is left', () => {
    const after = with_({ brands: ['Renault', 'Mitsubishi', 'AvtoVAZ'] });
    expect([say('fr', DEFAULT_FILTERS, after), say('ja', DEFAULT_FILTERS, after)]).toEqual([
      'Nissan désactivée, affichage de Renault, Mitsubishi et AvtoVAZ.',
      'Nissanをオフ。Renault、Mitsubishi、AvtoVAZを表示中。',
    ]);
  });
  it('says several changes (Reset) in the language’s own punctuation', () => {
    const before = with_({ brands: [], yearRange: [2016, 2016], salesMode: 'share' });
    expect([say('fr', before, DEFAULT_FILTERS), say('ja', before, DEFAULT_FILTERS)]).toEqual([
      'Toutes les marques sont affichées. Années 1999–2023. Ventes en unités.',
      'すべてのブランドを表示中。1999～2023年。販売台数を台数で表示。',
    ]);
  });
  it('names the cursor year, the map region and the new language', () => {
    expect([say('fr', DEFAULT_FILTERS, with_({ at: 2015, mapRegion: 'asia' })), say('ja', DEFAULT_FILTERS, with_({ lang: 'ja', at: 2015 }))]).toEqual([
      'Toutes les vues en 2015. Carte\u00a0: Asie.',
      '日本語。すべてのビューを2015年時点で表示。',
    ]);
  });
});
