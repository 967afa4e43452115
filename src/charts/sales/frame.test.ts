import { frameLabelWidth, labelStep, totalFontSize, yearTickLabel } from './frame';

describe('totalFontSize: the totals above the bars never run into each other', () => {
  it('keeps 11 px where the widest total and a 4 px gap fit a year’s band', () => {
    // "1076" bold at 11 px is estimated 31.9 px wide.
    expect(totalFontSize(36, ['803', '1061', '1076'])).toBe(11);
    expect(totalFontSize(80, ['8.03', '10.8'])).toBe(11);
  });

  it('shrinks all of them alike, in half pixels, where it does not (a 320 px chart’s 30 px bands)', () => {
    expect(totalFontSize(35, ['803', '1061', '1076'])).toBe(10.5);
    expect(totalFontSize(30, ['803', '1061', '1076'])).toBe(8.5);
  });

  it('never goes under 8 px, and an empty chart keeps 11', () => {
    expect(totalFontSize(10, ['1076'])).toBe(8);
    expect(totalFontSize(30, [])).toBe(11);
  });

  it('is the size the year’s frame makes room for', () => {
    // The year is "’18" in a 30 px band; the total is the wider label, at the size it is drawn.
    expect(frameLabelWidth(2018, 30, 11, true, '1076', 11)).toBeCloseTo(31.944, 2);
    expect(frameLabelWidth(2018, 30, 11, true, '1076', 8.5)).toBeCloseTo(24.684, 2);
  });
});

// 200 years in a 620 px plot are 3 px a year: every year's label and total had been drawn, one black smear.
describe('yearTickLabel: one label a year while they fit, then a round year every few', () => {
  it('writes 2011, then ’11, then only every 2nd, 5th, 10th … year in full', () => {
    expect([yearTickLabel(2011, 40, 12), yearTickLabel(2011, 24, 12)]).toEqual(['2011', '’11']);
    // '’00' at 12 px is 23.3 px wide, and '2000' with its 6 px gap 37.7 px: in 3 px bands every 20th year, in 12 px every 5th.
    expect([1910, 1920, 1930, 1940].map((year) => yearTickLabel(year, 3, 12))).toEqual(['', '1920', '', '1940']);
    expect([2014, 2015, 2016].map((year) => yearTickLabel(year, 12, 12))).toEqual(['', '2015', '']);
  });
});

describe('labelStep: every how many years a label fits', () => {
  it('is 1, 2, 5, 10, 20 or 50, else 100', () => {
    expect([labelStep(40, 37.7), labelStep(20, 37.7), labelStep(12, 37.7), labelStep(3, 37.7), labelStep(0.7, 37.7), labelStep(0.1, 37.7)]).toEqual([1, 2, 5, 20, 100, 100]);
  });
});
