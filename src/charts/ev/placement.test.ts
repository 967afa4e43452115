import { cursorSide, dodgeInlineLabels, dodgeLabels, markerLabelRows } from './placement';

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
  it('moves a label up a row, still right of its line, when its right side is taken', () => {
    expect(markerLabelRows([{ x: 200, width: 50 }, { x: 190, width: 20 }], 3, 0, 500)[1]).toEqual({ row: 1, anchor: 'start', span: [193, 213] });
  });
  it('flips a label left when its right side is taken on every row', () => {
    expect(markerLabelRows([{ x: 200, width: 50 }, { x: 190, width: 20 }], 1, 0, 500)[1]).toEqual({ row: 0, anchor: 'end', span: [167, 187] });
  });
  it('on a tie leaves out the later label: right-first would drop the third of five, rows one by one the fifth', () => {
    const items = [{ x: 198, width: 25 }, { x: 176, width: 20 }, { x: 251, width: 60 }, { x: 253, width: 69 }, { x: 187, width: 40 }];
    expect(markerLabelRows(items, 3, 0, 300).map((slot) => slot.row)).toEqual([0, 0, 1, 2, null]);
  });
  it('fills the rows one by one where right-first would leave a label out', () => {
    // Right first, the second label takes row 1 ([143, 183]) and the third has no room on either row.
    const items = [{ x: 150, width: 50 }, { x: 140, width: 40 }, { x: 170, width: 40 }];
    expect(markerLabelRows(items, 2, 0, 300)).toEqual([
      { row: 0, anchor: 'start', span: [153, 203] },
      { row: 0, anchor: 'end', span: [97, 137] },
      { row: 1, anchor: 'start', span: [173, 213] },
    ]);
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

describe('cursorSide', () => {
  const plates = [{ y: 100, width: 60 }];
  it('sets the readings right of the rule when neither side hides a dot', () => {
    expect(cursorSide(plates, 200, [{ x: 400, y: 100 }], 0, 500)).toBe('start');
  });
  it('sets them left where the right side would hide more dots', () => {
    // One dot hidden on either side: right, as on a tie.
    expect(cursorSide(plates, 200, [{ x: 250, y: 100 }, { x: 150, y: 100 }], 0, 500)).toBe('start');
    expect(cursorSide(plates, 200, [{ x: 250, y: 100 }, { x: 250, y: 90 }, { x: 150, y: 95 }], 0, 500)).toBe('end');
  });
  it('counts a dot whose edge reaches under a plate, and not one clear of it', () => {
    // The plate spans y 92–108; a dot of radius 3 at y 110 reaches it, one at 111 does not.
    expect(cursorSide(plates, 200, [{ x: 230, y: 110 }], 0, 500)).toBe('end');
    expect(cursorSide(plates, 200, [{ x: 230, y: 111 }], 0, 500)).toBe('start');
    // Right of the rule the plate spans x 202–262: a dot at 264 reaches it, one at 265 does not.
    expect(cursorSide(plates, 200, [{ x: 264, y: 100 }], 0, 500)).toBe('end');
    expect(cursorSide(plates, 200, [{ x: 265, y: 100 }], 0, 500)).toBe('start');
  });
  it('keeps the side the plates fit on, whatever they hide', () => {
    // 200 + 6 + 60 = 266: the plates fit a plot ending there, not one ending a pixel before.
    expect(cursorSide(plates, 200, [], 0, 266)).toBe('start');
    expect(cursorSide(plates, 200, [], 0, 265)).toBe('end');
    // Left of the rule they reach 200 - 66 = 134.
    expect(cursorSide(plates, 200, [{ x: 230, y: 100 }], 134, 500)).toBe('end');
    expect(cursorSide(plates, 200, [{ x: 230, y: 100 }], 135, 500)).toBe('start');
  });
});
