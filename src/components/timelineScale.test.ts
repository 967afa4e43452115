import { YEARS } from '../data/limits';
import { flagOffsets, TICK_LABEL_SPACE, tickYears, yearAtShare, yearShare } from './timelineScale';

const DOMAIN = [1999, 2023] as const;

describe('timeline geometry', () => {
  it('places the domain ends at 0 and 1 and a year in between proportionally', () => {
    expect([yearShare(1999, DOMAIN), yearShare(2023, DOMAIN), yearShare(2011, DOMAIN)]).toEqual([0, 1, 0.5]);
  });

  it('reads the nearest whole year back, clamped to the domain', () => {
    expect([yearAtShare(0.5, DOMAIN), yearAtShare(0.52, DOMAIN), yearAtShare(-1, DOMAIN), yearAtShare(3, DOMAIN)]).toEqual([2011, 2011, 1999, 2023]);
  });
});

describe('tickYears', () => {
  it('labels every second year on a tablet-width track', () => {
    expect(tickYears(DOMAIN, 700)).toEqual([2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  });

  it('labels every fifth year on a phone track', () => {
    expect(tickYears(DOMAIN, 330)).toEqual([2000, 2005, 2010, 2015, 2020]);
  });

  it.each([200, 280, 330, 375, 500, 700, 1000, 1400])('keeps labels apart at width %i px', (width) => {
    const ys = tickYears(DOMAIN, width).map((y) => yearShare(y, DOMAIN) * width);
    ys.slice(1).forEach((x, i) => expect(x - ys[i]!).toBeGreaterThanOrEqual(TICK_LABEL_SPACE));
  });

  it.each([120, 200, 330, 1000])('keeps labels apart over the widest span a dataset may have (YEARS) at width %i px', (width) => {
    const ys = tickYears(YEARS, width).map((y) => yearShare(y, YEARS) * width);
    expect(ys.length).toBeGreaterThanOrEqual(2);
    ys.slice(1).forEach((x, i) => expect(x - ys[i]!).toBeGreaterThanOrEqual(TICK_LABEL_SPACE));
  });

  it('labels every 50th or 100th year of two centuries on a narrow track', () => {
    expect([tickYears([1900, 2100], 200), tickYears([1900, 2100], 120)]).toEqual([[1900, 1950, 2000, 2050, 2100], [1900, 2000, 2100]]);
    // Narrower than any track the page lays out: still every 100th year, the largest step.
    expect(tickYears([1900, 2100], 60)).toEqual([1900, 2000, 2100]);
  });

  it('labels every year when there is room', () => {
    expect(tickYears([2011, 2018], 700)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
  });
});

describe('flagOffsets', () => {
  it('leaves two flags with room where they are', () => {
    expect(flagOffsets(100, 200, [-20, 320])).toEqual({ at: 0, vs: 0 });
  });
  it('moves two flags apart by what they lack, half each, the compare flag on its own side', () => {
    // 13.75 px apart (a year on a phone's 330 px track of 24 years): 52 - 13.75 = 38.25 short.
    expect(flagOffsets(200, 213.75, [-20, 350])).toEqual({ at: -19.125, vs: 19.125 });
    expect(flagOffsets(213.75, 200, [-20, 350])).toEqual({ at: 19.125, vs: -19.125 });
  });
  it('keeps both inside the rail: one stopped at an end pushes the other further', () => {
    // The cursor on 2022 and the compare year 2023, at the end of a 330 px track: 2023's flag stops at 350 - 24.
    const { at, vs } = flagOffsets(316.25, 330, [-20, 350]);
    expect([316.25 + at, 330 + vs]).toEqual([274, 326]);
    expect(flagOffsets(0, 13.75, [-20, 350])).toEqual({ at: 4, vs: 42.25 });
  });
});
