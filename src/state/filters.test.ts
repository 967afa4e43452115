import { clampRange, DEFAULT_FILTERS, useFilters } from './filters';

beforeEach(() => useFilters.setState(useFilters.getInitialState(), true));
const state = () => useFilters.getState();

describe('filter store', () => {
  it('starts with every brand and the whole year domain', () => {
    expect(state().brands).toEqual(['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ']);
    expect(state().yearRange).toEqual([1999, 2023]);
  });

  it('toggles a brand off and back on in canonical order', () => {
    state().toggleBrand('Renault');
    expect(state().brands).toEqual(['Nissan', 'Mitsubishi', 'AvtoVAZ']);
    state().toggleBrand('Renault');
    expect(state().brands).toEqual(['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ']);
  });

  it('focuses a year and restores the earlier range on a second click', () => {
    state().setYearRange([2013, 2016]);
    state().toggleYearFocus(2015);
    expect(state().yearRange).toEqual([2015, 2015]);
    state().toggleYearFocus(2015);
    expect(state().yearRange).toEqual([2013, 2016]);
  });

  it('moves focus from one year to another, keeping the original range to restore', () => {
    state().setYearRange([2011, 2018]);
    state().toggleYearFocus(2014);
    state().toggleYearFocus(2016);
    expect(state().yearRange).toEqual([2016, 2016]);
    state().toggleYearFocus(2016);
    expect(state().yearRange).toEqual([2011, 2018]);
  });

  it('resets every choice', () => {
    state().toggleBrand('Nissan');
    state().setSalesMode('share');
    state().setHighlightedBrand('Renault');
    state().reset();
    expect({ ...state(), highlightedBrand: state().highlightedBrand }).toMatchObject({ ...DEFAULT_FILTERS, highlightedBrand: null });
  });
});

describe('clampRange', () => {
  it('orders reversed ends', () => {
    expect(clampRange([2016, 2013])).toEqual([2013, 2016]);
  });

  it('clamps to the domain', () => {
    expect(clampRange([1900, 2100])).toEqual([1999, 2023]);
  });
});
