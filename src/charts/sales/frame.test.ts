import { frameLabelWidth, totalFontSize } from './frame';

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
