import { TICK_LABEL_SPACE, tickYears, yearAtShare, yearShare } from './timelineScale';

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

  it('labels every year when there is room', () => {
    expect(tickYears([2011, 2018], 700)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
  });
});
