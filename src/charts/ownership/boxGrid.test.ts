import { describe, expect, it } from 'vitest';
import { boxGrid, grid } from './boxGrid';
import { seededRandom } from '../../test/seededRandom';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
const touches = (a: ReturnType<typeof box>) => (b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('boxGrid', () => {
  const small = box(10, 10, 20, 20);
  const wide = box(-100, 200, 400, 210);
  const grid = () => boxGrid([small, wide]);

  it('finds a box that touches an area, and none where there is none', () => {
    const area = box(15, 15, 25, 25);
    expect(grid().someNear(area, touches(area))).toBe(true);
    const empty = box(100, 100, 120, 120);
    expect(grid().someNear(empty, touches(empty))).toBe(false);
  });

  it('finds a box spanning many cells from any of them, negative coordinates included', () => {
    for (const x of [-90, 0, 150, 390]) {
      const area = box(x, 205, x + 1, 206);
      expect(grid().someNear(area, touches(area))).toBe(true);
    }
  });

  it('answers for a point: the boxes of its cell that pass the test', () => {
    const inside = (x: number, y: number) => (b: ReturnType<typeof box>) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
    expect(grid().someAt({ x: 12, y: 18 }, inside(12, 18))).toBe(true);
    expect(grid().someAt({ x: 25, y: 18 }, inside(25, 18))).toBe(false);
    expect(grid().someAt({ x: 300, y: 205 }, inside(300, 205))).toBe(true);
  });

  it('answers for a point whose cell holds two boxes when only one of them passes', () => {
    const inside = (x: number, y: number) => (b: ReturnType<typeof box>) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
    expect(boxGrid([box(1, 1, 10, 10), box(20, 20, 30, 30)]).someAt({ x: 5, y: 5 }, inside(5, 5))).toBe(true);
  });

  it('gives every box to the test at most from the cells the area covers, never a far one', () => {
    const seen: unknown[] = [];
    grid().someNear(box(0, 0, 30, 30), (b) => (seen.push(b), false));
    expect(seen).toContain(small);
    expect(seen).not.toContain(wide);
  });
});

describe('grid', () => {
  it('gives what is near an area spanning several cells each once, in the order it was added', () => {
    const filed = grid<string>();
    // "long" spans cells 0–3 across; "late" and "early" share cells with it, added after and before.
    filed.add('early', [box(70, 5, 80, 10)]);
    filed.add('long', [box(0, 0, 120, 10)]);
    filed.add('late', [box(5, 5, 10, 10)]);
    filed.add('far', [box(500, 500, 510, 510)]);
    expect(filed.near(box(0, 0, 100, 20))).toEqual(['early', 'long', 'late']);
    expect(filed.near(box(75, 6, 76, 7))).toEqual(['early', 'long']);
    expect(filed.near(box(300, 300, 310, 310))).toEqual([]);
  });

  it('files an item over several boxes (a line by its segments) once per cell, and finds it from each', () => {
    const filed = grid<string>();
    filed.add('line', [box(0, 0, 10, 2), box(10, 0, 20, 2), box(20, 0, 100, 2)]);
    expect(filed.near(box(0, 0, 100, 2))).toEqual(['line']);
    expect(filed.near(box(90, 0, 91, 1))).toEqual(['line']);
    expect(filed.near(box(0, 40, 100, 50))).toEqual([]);
  });

  it('answers the same when asked again, over areas that share cells (a query leaves the grid as it was)', () => {
    const filed = grid<string>();
    filed.add('a', [box(0, 0, 40, 10)]);
    filed.add('b', [box(30, 0, 70, 10)]);
    filed.add('c', [box(60, 0, 100, 10)]);
    const asked = () => [filed.near(box(0, 0, 100, 10)), filed.near(box(35, 0, 65, 5)), filed.near(box(65, 0, 100, 5))];
    const first = asked();
    expect(first).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], ['b', 'c']]);
    expect(asked()).toEqual(first);
    expect(asked()).toEqual(first);
  });

  it('files and finds boxes far out or infinite without looping for ever; a NaN box is never near', () => {
    const filed = grid<string>();
    filed.add('everywhere', [box(-Infinity, 0, Infinity, 10)]);
    filed.add('far', [box(1e300, 1e300, 2e300, 2e300)]);
    filed.add('nan', [box(Number.NaN, 0, 10, 10)]);
    expect(filed.near(box(1e9, 0, 1e9 + 1, 5))).toEqual(['everywhere']);
    expect(filed.near(box(5e299, 5e299, 6e299, 6e299))).toEqual(['far']);
    expect(filed.near(box(0, 0, 10, 10))).toEqual(['everywhere']);
    expect(filed.someAt({ x: Infinity, y: 5 }, () => true)).toBe(true);
  });

  it('finds every box that overlaps an area, in order, as a scan of all of them would (200 random layouts)', () => {
    const random = seededRandom(7);
    const randomBox = (size: number) => {
      const [x, y] = [random() * 400 - 100, random() * 400 - 100];
      return box(x, y, x + random() * size, y + random() * size);
    };
    for (let layout = 0; layout < 200; layout++) {
      const boxes = Array.from({ length: 30 }, () => randomBox(120));
      const area = randomBox(60);
      const overlaps = touches(area);
      expect(boxGrid(boxes).near(area).filter(overlaps)).toEqual(boxes.filter(overlaps));
    }
  });
});
