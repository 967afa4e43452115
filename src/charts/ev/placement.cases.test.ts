import { dodgeInlineLabels, dodgeLabels, markerLabelRows } from './placement';

// Edge cases of the label placement, on hand-made positions: each expected slot follows from the rules
// (labels 3px beside their line, 10px apart on a row, a marker line kept 2px clear of other rows' labels).

describe('dodgeLabels at its edges', () => {
  it('puts a lone label at a band with no height', () => {
    expect(dodgeLabels([5], 14, 10, 10)).toEqual([10]);
  });
  it('shrinks the spacing to the band between min and max, wherever the band starts', () => {
    expect(dodgeLabels([110, 110, 110], 14, 100, 120)).toEqual([100, 110, 120]);
  });
});

describe('markerLabelRows at its edges', () => {
  it('takes a slot that touches the left or the right edge', () => {
    expect(markerLabelRows([{ x: 20, width: 10 }], 1, 23, 100)).toEqual([{ row: 0, anchor: 'start', span: [23, 33] }]);
    expect(markerLabelRows([{ x: 80, width: 10 }], 1, 0, 93)).toEqual([{ row: 0, anchor: 'start', span: [83, 93] }]);
  });

  it('keeps labels on one row exactly the gap apart, on either side', () => {
    const first = { x: 100, width: 20 }; // [103, 123]
    expect(markerLabelRows([first, { x: 70, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 0, anchor: 'start', span: [73, 93] });
    expect(markerLabelRows([first, { x: 130, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 0, anchor: 'start', span: [133, 153] });
  });

  it('moves a label closer than the gap up a row, even where the line then crosses the label below', () => {
    // At x = 122 the line runs through [103, 123] on row 0 wherever the label goes, so no slot is clear of lines.
    expect(markerLabelRows([{ x: 100, width: 20 }, { x: 122, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [125, 145] });
  });

  // A label on row 1 at x = 60 ([63, 123], as row 0 right of 100 is taken); its line runs down through row 0.
  const stacked = [{ x: 100, width: 20 }, { x: 60, width: 60 }];
  it('keeps a lower label 2px clear of a higher label’s line, on the side that is clear', () => {
    expect(markerLabelRows(stacked, 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [63, 123] });
    // Two rows, so the third label cannot go right of its line on a higher one.
    // Right of 35 the label would end at 58, 2px from the line at 60: too close; left of it, it is clear.
    expect(markerLabelRows([...stacked, { x: 35, width: 20 }], 2, 0, 500)[2]).toEqual({ row: 0, anchor: 'end', span: [12, 32] });
    // Right of 59 it would start at 62, 2px from the line: too close; left of it ([36, 56]) it is clear.
    expect(markerLabelRows([...stacked, { x: 59, width: 20 }], 2, 0, 500)[2]).toEqual({ row: 0, anchor: 'end', span: [36, 56] });
    // With the chart's three rows, both go right of their lines on the top row, clear of every line.
    expect(markerLabelRows([...stacked, { x: 35, width: 20 }], 3, 0, 500)[2]).toEqual({ row: 2, anchor: 'start', span: [38, 58] });
    expect(markerLabelRows([...stacked, { x: 59, width: 20 }], 3, 0, 500)[2]).toEqual({ row: 2, anchor: 'start', span: [62, 82] });
  });
  it('takes a slot 3px clear of a higher label’s line, on either side', () => {
    expect(markerLabelRows([...stacked, { x: 34, width: 20 }], 3, 0, 500)[2]).toEqual({ row: 0, anchor: 'start', span: [37, 57] });
    expect(markerLabelRows([...stacked, { x: 60, width: 20 }], 3, 0, 500)[2]).toEqual({ row: 0, anchor: 'start', span: [63, 83] });
  });
});

describe('dodgeInlineLabels at its edges', () => {
  const at = (x: number, width: number, anchor: 'start' | 'end', y = 50) => ({ x, y, width, anchor });
  it('measures a label set left of its point from its right end', () => {
    // [55, 100] and [50, 58] overlap; [55, 100] and [101, 109] do not.
    expect(dodgeInlineLabels([at(100, 45, 'end'), at(50, 8, 'start')], 14, 0, 300)).toEqual([43, 57]);
    expect(dodgeInlineLabels([at(100, 45, 'end'), at(101, 8, 'start')], 14, 0, 300)).toEqual([50, 50]);
  });
  it('leaves labels apart side by side, and labels whose spans only touch', () => {
    expect(dodgeInlineLabels([at(10, 20, 'start'), at(100, 20, 'start')], 14, 0, 300)).toEqual([50, 50]);
    expect(dodgeInlineLabels([at(10, 20, 'start'), at(30, 20, 'start')], 14, 0, 300)).toEqual([50, 50]);
  });
  it('leaves a label that overlaps nothing level with its point, even outside the band', () => {
    expect(dodgeInlineLabels([at(10, 20, 'start', 5)], 14, 10, 300)).toEqual([5]);
  });
});
