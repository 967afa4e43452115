import { everyStep, FRAME_OVERHANG, FRAME_PAD, frameLabelWidth, labelStep, totalFontSize, yearFrameSpan, yearTickLabels } from './frame';

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
    expect(frameLabelWidth('’18', 11, true, '1076', 11)).toBeCloseTo(31.944, 2);
    expect(frameLabelWidth('’18', 11, true, '1076', 8.5)).toBeCloseTo(24.684, 2);
  });
});

// 200 years in a 620 px plot are 3 px a year: every year's label and total had been drawn, one black smear.
describe('yearTickLabels: one label a year while they fit, then a year every few bands', () => {
  const decade = (from: number) => Array.from({ length: 10 }, (_, i) => from + i);
  it('writes 2011, then ’11, then every 5th band’s year in full from a round year, none within half a label of the ends', () => {
    expect([yearTickLabels([2011], 40, 12), yearTickLabels([2011], 24, 12)]).toEqual([['2011'], ['’11']]);
    // '’00' at 12 px is 23.3 px wide, and '2000' with its 6 px gap 37.7 px: in 12 px bands every 5th year.
    expect(yearTickLabels([...decade(2008), ...decade(2018)], 12, 12).map((label, i) => label && `${i}:${label}`).filter(Boolean)).toEqual(['2:2010', '7:2015', '12:2020', '17:2025']);
  });

  it('counts bands, not years, where the table skips years: labels stay 5 bands apart', () => {
    expect(yearTickLabels([1990, 1995, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2010], 12, 12)).toEqual(['', '', '2000', '', '', '', '', '2005', '', '']);
  });
});

describe('everyStep', () => {
  it('always labels the kept years (cursor, compared) and no other within a step of them', () => {
    const years = Array.from({ length: 20 }, (_, i) => 2000 + i);
    const labelled = (kept: (number | null)[]) => years.filter((_, i) => everyStep(years, 5, kept)[i]);
    expect([labelled([]), labelled([2012, null]), labelled([2019, 2001])]).toEqual([[2005, 2010, 2015], [2005, 2012], [2001, 2010, 2019]]);
  });

  it('starts at the first round year half a label in from the ends, and leaves that half label free at both ends', () => {
    expect(everyStep([2008, 2009, 2010, 2011, 2012], 1)).toEqual([true, true, true, true, true]);
    expect(everyStep([2008, 2009, 2010, 2011, 2012, 2013], 2)).toEqual([false, false, true, false, true, false]);
    expect(everyStep([2013, 2014, 2015, 2016, 2017, 2018], 5)).toEqual([false, false, true, false, false, false]);
    // No round year inside: every step-th band from the first one far enough in.
    expect(everyStep([2001, 2002, 2003, 2004, 2006, 2007, 2008, 2009, 2011], 5)).toEqual([false, false, false, false, false, true, false, false, false]);
  });
});

describe('labelStep: every how many years a label fits', () => {
  it('is 1, 2, 5, 10, 20 or 50, else 100', () => {
    expect([labelStep(40, 37.7), labelStep(20, 37.7), labelStep(12, 37.7), labelStep(3, 37.7), labelStep(0.7, 37.7), labelStep(0.1, 37.7)]).toEqual([1, 2, 5, 20, 100, 100]);
  });
});

describe('yearFrameSpan', () => {
  // 200 years at 3 px each: the frame had been capped at a pad beyond its band, and struck through "2043" and "42.6M".
  it('is as wide as the labels it holds, centred on its band, however narrow the band', () => {
    expect(yearFrameSpan(300, 303, 30, [100, 700])).toEqual({ x: 301.5 - 15 - FRAME_PAD, width: 30 + 2 * FRAME_PAD });
  });
  it('is its band less a pixel each side where that is wider, and kept within the overhang at the plot’s ends', () => {
    expect(yearFrameSpan(300, 380, 30, [100, 700])).toEqual({ x: 301, width: 78 });
    expect(yearFrameSpan(100, 103, 30, [100, 700]).x).toBe(100 - FRAME_OVERHANG);
  });
});
