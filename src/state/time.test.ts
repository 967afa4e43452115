import { clampYear, compareSpan, cursorAfterRange, cursorYear, nextPlayYear, playStart, rangeWithEnd, yearForKey } from './time';

describe('cursor rules', () => {
  it('defaults to the range end', () => {
    expect(cursorYear(null, [2011, 2018])).toBe(2018);
  });

  it('keeps a cursor inside the range where it is', () => {
    expect(cursorYear(2016, [2011, 2018])).toBe(2016);
  });

  it('clamps a cursor outside the range to the nearer end', () => {
    expect([cursorYear(2005, [2011, 2018]), cursorYear(2020, [2011, 2018])]).toEqual([2011, 2018]);
  });

  it('pulls a chosen cursor inside a narrowed range; a default one keeps following the end', () => {
    expect(cursorAfterRange(2016, [2011, 2014])).toBe(2014);
    expect(cursorAfterRange(2016, [2017, 2018])).toBe(2017);
    expect(cursorAfterRange(null, [2011, 2014])).toBeNull();
  });

  it('rounds to whole years', () => {
    expect(clampYear(2015.6, [2011, 2018])).toBe(2016);
  });
});

describe('range handles', () => {
  const domain = [1999, 2023] as const;
  it('moves one end, never past the other or the domain', () => {
    expect(rangeWithEnd([2011, 2018], 'from', 2013, domain)).toEqual([2013, 2018]);
    expect(rangeWithEnd([2011, 2018], 'from', 2020, domain)).toEqual([2018, 2018]);
    expect(rangeWithEnd([2011, 2018], 'to', 2005, domain)).toEqual([2011, 2011]);
    expect(rangeWithEnd([2011, 2018], 'to', 2040, domain)).toEqual([2011, 2023]);
  });
});

describe('play steps', () => {
  it('steps one year and stops at the end', () => {
    expect([nextPlayYear(2011, [2011, 2018]), nextPlayYear(2017, [2011, 2018]), nextPlayYear(2018, [2011, 2018])]).toEqual([2012, 2018, null]);
  });

  it('starts Play where the cursor was left inside the range, from the range start when it is at the end or follows it', () => {
    expect(playStart(2003, [1999, 2023])).toBe(2003);
    expect(playStart(1999, [1999, 2023])).toBe(1999);
    expect(playStart(2022, [1999, 2023])).toBe(2022);
    expect(playStart(2023, [1999, 2023])).toBe(1999);
    expect(playStart(null, [2011, 2018])).toBe(2011);
    // A cursor outside the range (the range narrowed past it) is pulled in first.
    expect(playStart(2030, [2011, 2018])).toBe(2011);
    expect(playStart(2005, [2011, 2018])).toBe(2011);
  });
});

describe('slider keys', () => {
  const span = [2011, 2018] as const;
  it.each([
    ['ArrowRight', 2015, 2016],
    ['ArrowUp', 2015, 2016],
    ['ArrowLeft', 2015, 2014],
    ['ArrowDown', 2015, 2014],
    ['PageUp', 2015, 2018],
    ['PageUp', 2012, 2017],
    ['PageDown', 2017, 2012],
    ['PageDown', 2013, 2011],
    ['Home', 2015, 2011],
    ['End', 2015, 2018],
    ['ArrowRight', 2018, 2018],
  ])('%s from %i goes to %i', (key, from, to) => {
    expect(yearForKey(key, from, span)).toBe(to);
  });

  it('ignores other keys, including inherited property names', () => {
    expect([yearForKey('a', 2015, span), yearForKey('toString', 2015, span)]).toEqual([null, null]);
  });
});

describe('compareSpan', () => {
  it('puts the earlier year first, whichever is the cursor, and is null without a compare year', () => {
    expect([compareSpan(2016, 2013), compareSpan(2013, 2016), compareSpan(2016, null)]).toEqual([[2013, 2016], [2013, 2016], null]);
  });
});
