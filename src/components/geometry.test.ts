import { boxAround, boxesOverlap, grown, lineCrossesBox } from './geometry';

describe('boxAround', () => {
  it('is the square of half-side r about the centre', () => {
    expect(boxAround({ x: 10, y: 20 }, 3)).toEqual({ x0: 7, y0: 17, x1: 13, y1: 23 });
  });
});

describe('grown', () => {
  it('moves every side out by the amount, or in for a negative one', () => {
    expect([grown({ x0: 10, y0: 20, x1: 30, y1: 40 }, 4), grown({ x0: 10, y0: 20, x1: 30, y1: 40 }, -2)]).toEqual([
      { x0: 6, y0: 16, x1: 34, y1: 44 },
      { x0: 12, y0: 22, x1: 28, y1: 38 },
    ]);
  });
});

describe('boxesOverlap', () => {
  const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('overlapping boxes overlap', () => {
    expect(boxesOverlap(a, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });
  it('boxes that only touch do not', () => {
    expect([boxesOverlap(a, { x0: 10, y0: 0, x1: 20, y1: 10 }), boxesOverlap(a, { x0: 0, y0: 10, x1: 10, y1: 20 })]).toEqual([false, false]);
  });
  it('a margin makes boxes within it overlap, on either side', () => {
    const right = { x0: 12, y0: 0, x1: 20, y1: 10 };
    expect([boxesOverlap(a, right, 2), boxesOverlap(a, right, 2.5), boxesOverlap(right, a, 2.5)]).toEqual([false, true, true]);
  });
  it('boxes apart on one axis do not overlap however they line up on the other', () => {
    expect(boxesOverlap(a, { x0: 2, y0: 11, x1: 8, y1: 12 })).toBe(false);
  });
});

describe('lineCrossesBox', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('leaves a segment parallel to a side whose distance is NaN to the other sides, as the array form did', () => {
    expect(lineCrossesBox([{ x: 15, y: 0 }, { x: 15, y: 30 }], { ...box, x0: Number.NaN })).toBe(true);
  });
  it('finds a segment crossing the box between its two ends, both outside it', () => {
    expect([lineCrossesBox([{ x: 0, y: 15 }, { x: 30, y: 15 }], box), lineCrossesBox([{ x: 0, y: 0 }, { x: 30, y: 30 }], box)]).toEqual([true, true]);
  });
  it('finds a polyline whose later segment crosses it, and a single point inside it', () => {
    expect([lineCrossesBox([{ x: 0, y: 0 }, { x: 0, y: 15 }, { x: 30, y: 15 }], box), lineCrossesBox([{ x: 15, y: 15 }], box)]).toEqual([true, true]);
  });
  it('misses a box the line passes beside, ends short of, or only runs along the edge of', () => {
    expect([
      lineCrossesBox([{ x: 0, y: 25 }, { x: 30, y: 25 }], box),
      lineCrossesBox([{ x: 0, y: 15 }, { x: 9, y: 15 }], box),
      lineCrossesBox([{ x: 0, y: 10 }, { x: 30, y: 10 }], box),
      lineCrossesBox([{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 30 }], box),
      lineCrossesBox([{ x: 25, y: 0 }, { x: 0, y: 9 }], box),
    ]).toEqual([false, false, false, false, false]);
  });
  it('misses a line through a corner only, or from an edge outwards; finds one from an edge inwards; a zero-length segment only inside', () => {
    expect([
      lineCrossesBox([{ x: 0, y: 20 }, { x: 20, y: 0 }], box),
      lineCrossesBox([{ x: 20, y: 15 }, { x: 30, y: 15 }], box),
      lineCrossesBox([{ x: 20, y: 15 }, { x: 15, y: 15 }], box),
      lineCrossesBox([{ x: 15, y: 15 }, { x: 15, y: 15 }], box),
      lineCrossesBox([{ x: 10, y: 15 }, { x: 10, y: 15 }], box),
    ]).toEqual([false, false, true, true, false]);
  });
});
