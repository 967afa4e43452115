import { defaultFilters, type Filters } from '../state/filters';
import { domain } from '../test/renderWithProviders';

const DEFAULT_FILTERS = defaultFilters(domain);
import { filterAnnouncement } from './filterAnnouncement';

const with_ = (changes: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...changes });

describe('filterAnnouncement', () => {
  it('names the brand toggled off and what is left', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ brands: ['Renault', 'Mitsubishi', 'AvtoVAZ'] }), domain.brands)).toBe(
      'Nissan off, showing Renault, Mitsubishi and AvtoVAZ.',
    );
  });

  it('names the brand toggled back on', () => {
    expect(filterAnnouncement(with_({ brands: ['Renault', 'Mitsubishi', 'AvtoVAZ'] }), DEFAULT_FILTERS, domain.brands)).toBe('Nissan on, all brands shown.');
  });

  it('says when no brand is left', () => {
    expect(filterAnnouncement(with_({ brands: ['Renault'] }), with_({ brands: [] }), domain.brands)).toBe('Renault off, no brand selected.');
  });

  it('gives the years, and several changes (Reset) in one sentence', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ yearRange: [2014, 2017] }), domain.brands)).toBe('Years 2014–2017.');
    expect(filterAnnouncement(with_({ brands: [], yearRange: [2016, 2016], salesMode: 'share' }), DEFAULT_FILTERS, domain.brands)).toBe(
      'All brands shown; years 1999–2023; sales in units.',
    );
  });

  it('names a chart option and the map region', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ evScale: 'log', mapRegion: 'europe' }), domain.brands)).toBe('EV axis logarithmic; map: Europe.');
  });

  it('names the year when only the cursor moved', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ at: 2015 }), domain.brands)).toBe('Every view as of 2015.');
    expect(filterAnnouncement(with_({ yearRange: [2011, 2018], at: 2012 }), with_({ yearRange: [2011, 2018], at: null }), domain.brands)).toBe('Every view as of 2018.');
  });

  it('says nothing for a cursor set to where it already was (the range end)', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, with_({ at: 2023 }), domain.brands)).toBeNull();
  });

  it('is null when nothing changed', () => {
    expect(filterAnnouncement(DEFAULT_FILTERS, { ...DEFAULT_FILTERS }, domain.brands)).toBeNull();
  });
});
