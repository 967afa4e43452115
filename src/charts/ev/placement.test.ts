import { dodgeInlineLabels, dodgeLabels, markerLabelRows } from './placement';

describe('dodgeLabels', () => {
  it('returns nothing for no labels', () => {
    expect(dodgeLabels([], 14, 0, 300)).toEqual([]);
  });
  it('leaves labels that do not collide where they want to be', () => {
    expect(dodgeLabels([10, 50], 14, 0, 300)).toEqual([10, 50]);
  });
  it('spreads two labels wanting the same place evenly around it', () => {
    expect(dodgeLabels([100, 100], 14, 0, 300)).toEqual([93, 107]);
  });
  it('keeps input order', () => {
    expect(dodgeLabels([107, 100], 14, 0, 300)).toEqual([110.5, 96.5]);
  });
  it('pushes a cluster up from the bottom edge', () => {
    expect(dodgeLabels([295, 300], 14, 0, 300)).toEqual([286, 300]);
  });
  it('shrinks the spacing when the labels cannot all fit', () => {
    expect(dodgeLabels([10, 10, 10], 14, 0, 20)).toEqual([0, 10, 20]);
  });
});

describe('markerLabelRows', () => {
  it('places nothing for no markers', () => {
    expect(markerLabelRows([], 3, 0, 500)).toEqual([]);
  });
  it('puts distant labels on the first row, right of their lines', () => {
    expect(markerLabelRows([{ x: 100, width: 40 }, { x: 300, width: 40 }], 3, 0, 500)).toEqual([
      { row: 0, anchor: 'start', span: [103, 143] },
      { row: 0, anchor: 'start', span: [303, 343] },
    ]);
  });
  it('flips a label left of its line at the right edge', () => {
    expect(markerLabelRows([{ x: 480, width: 50 }], 3, 0, 500)).toEqual([{ row: 0, anchor: 'end', span: [427, 477] }]);
  });
  it('flips a label left when its right side is taken', () => {
    expect(markerLabelRows([{ x: 200, width: 50 }, { x: 190, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 0, anchor: 'end', span: [167, 187] });
  });
  it('staggers to a higher row that no line crosses', () => {
    expect(markerLabelRows([{ x: 100, width: 40 }, { x: 60, width: 60 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [63, 123] });
  });
  it('lets a line cross a label when no clear slot is left', () => {
    expect(markerLabelRows([{ x: 100, width: 50 }, { x: 120, width: 50 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [123, 173] });
  });
  it('drops a label that collides on every row', () => {
    expect(markerLabelRows([{ x: 100, width: 50 }, { x: 110, width: 50 }], 1, 0, 500)[1]).toEqual({ row: null, anchor: 'start', span: [113, 163] });
  });
});


describe('dodgeInlineLabels', () => {
  it('spreads labels whose spans overlap to at least the gap', () => {
    const labels = [
      { x: 100, y: 50, width: 40, anchor: 'start' as const },
      { x: 110, y: 52, width: 90, anchor: 'start' as const },
    ];
    const [a, b] = dodgeInlineLabels(labels, 14, 0, 300);
    expect(Math.abs(b! - a!)).toBeCloseTo(14, 6);
  });

  it('leaves labels whose spans do not overlap where they are', () => {
    const labels = [
      { x: 100, y: 50, width: 40, anchor: 'start' as const },
      { x: 100, y: 52, width: 40, anchor: 'end' as const },
    ];
    expect(dodgeInlineLabels(labels, 14, 0, 300)).toEqual([50, 52]);
  });

  it('returns nothing for no labels', () => {
    expect(dodgeInlineLabels([], 14, 0, 300)).toEqual([]);
  });
});
