import { shallow } from 'zustand/shallow';
import { clampRange, defaultFilters, selectComparedYear, selectCursor, selectFilters, selectHighlighted, useFilters, type Domain } from './filters';

const DOMAIN: Domain = { years: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] };
beforeEach(() => {
  useFilters.setState(useFilters.getInitialState(), true);
  useFilters.getState().setDomain(DOMAIN);
});
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

  it('moves the cursor without touching the range, clamped into it', () => {
    state().setYearRange([2011, 2018]);
    state().setAt(2016);
    expect([state().yearRange, state().at]).toEqual([[2011, 2018], 2016]);
    state().setAt(2030);
    expect(state().at).toBe(2018);
  });

  // Every view compares the range by identity: a new but equal one on each cursor step (each tick of Play) made
  // all four compute and draw their models again (the sales chart drew all its bars: 2 s a step at 20,000).
  it('keeps the same range object through cursor steps, comparisons and Play’s ticks', () => {
    state().setYearRange([2011, 2018]);
    const range = state().yearRange;
    state().setAt(2015);
    state().setCompare(2012);
    state().play();
    state().advancePlay();
    expect(state().yearRange).toBe(range);
  });

  it('pulls the cursor inside when the range narrows, and leaves it there when the range widens again', () => {
    state().setAt(2016);
    state().setYearRange([2011, 2014]);
    expect(state().at).toBe(2014);
    state().setYearRange([2011, 2018]);
    expect(state().at).toBe(2014);
  });

  it('emphasises hovered brands only while they are shown: a brand switched off dims no other', () => {
    state().setHighlighted(['Nissan']);
    expect(selectHighlighted(state())).toEqual(['Nissan']);
    state().toggleBrand('Nissan');
    expect([state().highlighted, selectHighlighted(state())]).toEqual([['Nissan'], []]);
    // Switched back on under the pointer: emphasised again, with no new hover.
    state().toggleBrand('Nissan');
    expect(selectHighlighted(state())).toEqual(['Nissan']);
  });

  it('keeps the shown brands of a shared mark emphasised, and the list held where all are shown (subscribers compare it by identity)', () => {
    state().setHighlighted(['AvtoVAZ', 'Renault', 'Nissan']);
    expect(selectHighlighted(state())).toBe(state().highlighted);
    state().toggleBrand('Renault');
    expect(selectHighlighted(state())).toEqual(['AvtoVAZ', 'Nissan']);
  });

  it('keeps a cursor left at the default following the range end', () => {
    state().setYearRange([2011, 2014]);
    expect(selectCursor(state())).toBe(2014);
    expect(state().at).toBeNull();
  });

  it('compares nothing while the cursor stands on the compare year, and keeps the year for when it moves on', () => {
    state().setAt(2016);
    state().setCompare(2023);
    expect([state().vs, selectComparedYear(state())]).toEqual([2023, 2023]);
    state().setAt(2023);
    expect([state().vs, selectComparedYear(state())]).toEqual([2023, null]);
    state().setAt(2014);
    expect([state().vs, selectComparedYear(state())]).toEqual([2023, 2023]);
    state().setCompare(null);
    expect(selectComparedYear(state())).toBeNull();
  });

  it('keeps the comparison through Play across the compare year (it was dropped for good once the cursor passed it)', () => {
    state().setYearRange([2014, 2018]);
    state().setCompare(2016);
    state().play();
    const seen: (number | null)[] = [];
    while (state().isPlaying) {
      seen.push(selectComparedYear(state()));
      state().advancePlay();
    }
    expect([seen, state().vs, selectCursor(state())]).toEqual([[2016, 2016, null, 2016, 2016], 2016, 2018]);
  });

  it('plays from the range start one year per tick and stops at the end', () => {
    state().setYearRange([2016, 2018]);
    state().play();
    expect([state().at, state().isPlaying]).toEqual([2016, true]);
    state().advancePlay();
    state().advancePlay();
    expect([state().at, state().isPlaying]).toEqual([2018, true]);
    state().advancePlay();
    expect([state().at, state().isPlaying]).toEqual([2018, false]);
  });

  it('plays on from where a pause left the cursor, and from the start again once it reached the end', () => {
    state().setYearRange([2016, 2020]);
    state().play();
    state().advancePlay();
    state().pause();
    expect([state().at, state().isPlaying]).toEqual([2017, false]);
    state().play();
    expect([state().at, state().isPlaying]).toEqual([2017, true]);
    // 2018, 2019, 2020, then the stop at the end.
    for (let tick = 0; tick < 4; tick += 1) state().advancePlay();
    expect([state().at, state().isPlaying]).toEqual([2020, false]);
    state().play();
    expect([state().at, state().isPlaying]).toEqual([2016, true]);
  });

  it('pauses Play on any other choice, but not on hover', () => {
    state().play();
    state().setHighlighted(['Nissan']);
    expect(state().isPlaying).toBe(true);
    state().toggleBrand('Renault');
    expect(state().isPlaying).toBe(false);
  });

  it('resets every choice', () => {
    state().toggleBrand('Nissan');
    state().setSalesMode('share');
    state().setHighlighted(['Renault']);
    state().reset();
    expect(state()).toMatchObject({ ...defaultFilters(DOMAIN), highlighted: [] });
  });
});

describe('the dataset decides what can be chosen', () => {
  it('adopts a new domain with every brand and year of it', () => {
    state().setDomain({ years: [2011, 2024], brands: ['Renault', 'Dacia'] });
    expect([state().yearRange, state().brands]).toEqual([[2011, 2024], ['Renault', 'Dacia']]);
  });

  it('adopts a domain with the choices read from a link, clamped to its years', () => {
    state().setDomain({ years: [2011, 2024], brands: ['Renault', 'Dacia'] }, { ...defaultFilters(DOMAIN), yearRange: [2005, 2030], brands: ['Dacia'] });
    expect([state().yearRange, state().brands]).toEqual([[2011, 2024], ['Dacia']]);
  });

  it('keeps toggled brands in the dataset\'s order', () => {
    state().setDomain({ years: [2011, 2024], brands: ['Renault', 'Dacia', 'Nissan'] });
    state().toggleBrand('Dacia');
    state().toggleBrand('Dacia');
    expect(state().brands).toEqual(['Renault', 'Dacia', 'Nissan']);
  });

  it('keeps the choices it holds when it adopts the same domain and the same choices again', () => {
    // The hydrated page adopts the dataset's domain before hydrating and again when it reads the (bare)
    // address: a new but equal year range would redraw all four views once the page is interactive.
    const before = selectFilters(state());
    state().setDomain(DOMAIN);
    state().setDomain(DOMAIN, { ...defaultFilters(DOMAIN), yearRange: [1999, 2023], brands: [...DOMAIN.brands] });
    expect(shallow(selectFilters(state()), before)).toBe(true);
  });

  it('adopts a choice that differs in value', () => {
    const before = state().yearRange;
    state().setDomain(DOMAIN, { ...defaultFilters(DOMAIN), yearRange: [2000, 2023] });
    expect(state().yearRange).toEqual([2000, 2023]);
    expect(state().yearRange).not.toBe(before);
  });

  it('resets to the domain it holds', () => {
    state().setDomain({ years: [2011, 2024], brands: ['Renault', 'Dacia'] });
    state().setYearRange([2013, 2014]);
    state().reset();
    expect(state().yearRange).toEqual([2011, 2024]);
  });
});

describe('clampRange', () => {
  it('orders reversed ends', () => {
    expect(clampRange([2016, 2013], [1999, 2023])).toEqual([2013, 2016]);
  });

  it('clamps to the domain', () => {
    expect(clampRange([1900, 2100], [1999, 2023])).toEqual([1999, 2023]);
  });

  it('rounds a fractional year (a dragged handle) to a whole one', () => {
    expect(clampRange([2013.4, 2016.6], [1999, 2023])).toEqual([2013, 2017]);
  });
});

describe('the compare year', () => {
  it('is clamped into the dataset’s years, as a link’s ?vs=1900 is', () => {
    state().setDomain(DOMAIN, { ...defaultFilters(DOMAIN), at: 2016, vs: 1900 });
    expect(state().vs).toBe(DOMAIN.years[0]);
  });

  it('compares nothing while it is outside the range, and compares again once the range takes it in', () => {
    state().setAt(2012);
    state().setCompare(2023);
    state().setYearRange([2010, 2016]);
    const outside = [state().vs, selectComparedYear(state())];
    state().setYearRange([2010, 2023]);
    expect([outside, selectComparedYear(state())]).toEqual([[2023, null], 2023]);
  });
});
