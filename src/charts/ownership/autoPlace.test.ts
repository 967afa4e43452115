import { boxesOverlap } from '../../components/geometry';
import { blockedCentres, freeSpot } from './autoPlace';
import { seededRandom } from '../../test/seededRandom';
import { nodeBox } from './layout';

// freeSpot on hand-made frames: candidate centres lie on an 8-unit grid that starts 4 units inside the frame, a
// spot is free when its box keeps 10 units from every placed box and obstacle, and the nearest free spot to the
// anchor wins (ties: the upper, then the left one).
const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
const LINES = ['Acme'];
const probe = nodeBox({ x: 0, y: 0 }, LINES, false);
const [halfW, halfH] = [(probe.x1 - probe.x0) / 2, (probe.y1 - probe.y0) / 2];
/** The grid's k-th column and row. */
const gridX = (k: number) => halfW + 4 + 8 * k;
const gridY = (k: number) => halfH + 4 + 8 * k;
const frame = { width: 400, height: 200 };

describe('freeSpot', () => {
  it('takes the anchor itself in an empty frame when it lies on the grid, with the box drawn there', () => {
    const anchor = { x: gridX(5), y: gridY(3) };
    expect(freeSpot(frame, LINES, false, [], [], anchor, [])).toEqual({ center: anchor, box: nodeBox(anchor, LINES, false), height: 200 });
  });

  it('breaks a tie between two spots as near as each other by the upper, then the left one', () => {
    expect(freeSpot(frame, LINES, false, [], [], { x: gridX(5) + 4, y: gridY(3) }, []).center).toEqual({ x: gridX(5), y: gridY(3) });
    expect(freeSpot(frame, LINES, false, [], [], { x: gridX(5), y: gridY(3) + 4 }, []).center).toEqual({ x: gridX(5), y: gridY(3) });
  });

  it('keeps 10 units from a placed box, and goes no further than the grid’s step beyond that', () => {
    const wall = box(150, 0, 250, 200);
    const { box: b } = freeSpot(frame, LINES, false, [wall], [], { x: 200, y: 100 }, []);
    const gap = b.x1 <= wall.x0 ? wall.x0 - b.x1 : b.x0 - wall.x1;
    expect(gap).toBeGreaterThanOrEqual(10);
    expect(gap).toBeLessThan(18);
  });

  it('keeps 10 units from an obstacle as from a placed box', () => {
    const { box: b } = freeSpot(frame, LINES, false, [], [box(150, 0, 250, 200)], { x: 200, y: 100 }, []);
    expect(boxesOverlap(b, box(150, 0, 250, 200), 10)).toBe(false);
  });

  it('grows the frame by 60-unit rows below a full one, placing the box in the first new row', () => {
    const full = box(0, 0, 400, 200);
    const spot = freeSpot(frame, LINES, false, [full], [], { x: 200, y: 100 }, []);
    expect(spot.height).toBe(260);
    expect(spot.box.y0 - full.y1).toBeGreaterThanOrEqual(10);
    expect(spot.box.y1).toBeLessThanOrEqual(260 - 4);
  });

  it('grows it again when the first new row has no room either', () => {
    const full = box(0, 0, 400, 240);
    expect(freeSpot(frame, LINES, false, [full], [], { x: 200, y: 100 }, []).height).toBe(320);
  });

  it('starts from a frame already grown', () => {
    expect(freeSpot(frame, LINES, false, [], [], { x: gridX(5), y: gridY(30) }, [], 300)).toMatchObject({ center: { x: gridX(5), y: gridY(30) }, height: 300 });
  });

  it('reaches the grid’s last column and row, 4 units inside the frame’s far edges, and its first, 4 units inside the near ones', () => {
    const fitted = { width: 2 * (halfW + 4) + 8 * 10, height: 2 * (halfH + 4) + 8 * 5 };
    expect(freeSpot(fitted, LINES, false, [], [], { x: 1000, y: 1000 }, []).center).toEqual({ x: gridX(10), y: gridY(5) });
    expect(freeSpot(fitted, LINES, false, [], [], { x: -1000, y: -1000 }, []).center).toEqual({ x: gridX(0), y: gridY(0) });
  });

  it('tries only the grid’s points, not the frame’s middle', () => {
    expect(freeSpot(frame, LINES, false, [], [], { x: 200, y: gridY(3) }, []).center.x).not.toBe(200);
  });

  it('centres a box wider than the frame', () => {
    expect(freeSpot({ width: 20, height: 200 }, LINES, false, [], [], { x: 0, y: 100 }, []).center.x).toBe(10);
  });

  it('passes over the nearest spot when the line to a partner would cross a box, for one whose line is clear', () => {
    const partner = { x: 40, y: 100 };
    const blocker = box(150, 80, 170, 120);
    const anchor = { x: gridX(30), y: gridY(10) };
    const spot = freeSpot(frame, LINES, false, [box(25, 90, 55, 110), blocker], [], anchor, [partner]);
    const crosses = Array.from({ length: 19 }, (_, i) => (i + 1) / 20).some((t) => {
      const [x, y] = [spot.center.x + (partner.x - spot.center.x) * t, spot.center.y + (partner.y - spot.center.y) * t];
      return x > blocker.x0 && x < blocker.x1 && y > blocker.y0 && y < blocker.y1;
    });
    expect([Math.abs(anchor.y - 100) < 4, spot.center.x === anchor.x && spot.center.y === anchor.y, crosses]).toEqual([true, false, false]);
  });

  it('passes over a spot whose line to any one partner crosses a box far from the line’s middle', () => {
    // The line from the anchor to the partner at (40, 100) crosses the blocker near the partner; its label, at the middle, is clear.
    const placed = [box(25, 90, 55, 110), box(90, 60, 110, 140)];
    const anchor = { x: gridX(30), y: gridY(10) };
    expect(freeSpot(frame, LINES, false, placed, [], anchor, [{ x: anchor.x, y: 20 }]).center).toEqual(anchor);
    expect(freeSpot(frame, LINES, false, placed, [], anchor, [{ x: anchor.x, y: 20 }, { x: 40, y: 100 }]).center).not.toEqual(anchor);
  });

  it('takes the nearest free spot when no spot has a clear line to the partner', () => {
    // The partner is walled in on every side (walls thicker than the line's sampling step): every line out crosses one.
    const partner = { x: 65, y: 100 };
    const walls = [box(45, 90, 85, 110), box(0, 20, 130, 50), box(0, 150, 130, 180), box(0, 20, 30, 180), box(100, 20, 130, 180)];
    const anchor = { x: gridX(30), y: gridY(10) };
    expect(freeSpot(frame, LINES, false, walls, [], anchor, [partner]).center).toEqual(anchor);
  });

  it('with no clear spot, takes the nearest with the fewest lines through boxes: one walled-in partner’s, not both partners’', () => {
    // Every line to the walled-in partner crosses a wall; the anchor's line to the second partner, straight up,
    // crosses the blocker too, so the anchor blocks two lines and a spot further along blocks one.
    const walled = { x: 65, y: 100 };
    const walls = [box(45, 90, 85, 110), box(0, 20, 130, 50), box(0, 150, 130, 180), box(0, 20, 30, 180), box(100, 20, 130, 180)];
    const anchor = { x: gridX(30), y: gridY(10) };
    const above = { x: anchor.x, y: 8 };
    const blocker = box(anchor.x - 10, 30, anchor.x + 10, 50);
    const spot = freeSpot(frame, LINES, false, [...walls, blocker], [], anchor, [walled, above]);
    const crossesBlocker = Array.from({ length: 19 }, (_, i) => (i + 1) / 20).some((t) => {
      const [x, y] = [spot.center.x + (above.x - spot.center.x) * t, spot.center.y + (above.y - spot.center.y) * t];
      return x > blocker.x0 && x < blocker.x1 && y > blocker.y0 && y < blocker.y1;
    });
    expect(freeSpot(frame, LINES, false, walls, [], anchor, [walled, above]).center).toEqual(anchor);
    expect([spot.center.x === anchor.x && spot.center.y === anchor.y, crossesBlocker]).toEqual([false, false]);
    expect(Math.hypot(spot.center.x - anchor.x, spot.center.y - anchor.y)).toBeLessThan(80);
  });
});

describe('blockedCentres', () => {
  /** The test centre by centre, as freeSpot once made it: the probe moved there, 10 units from a box or more. */
  const blockedOneByOne = (xs: readonly number[], ys: readonly number[], boxes: readonly ReturnType<typeof box>[]) =>
    ys.flatMap((y) => xs.map((x) => Number(boxes.some((b) => boxesOverlap(b, { x0: x + probe.x0, y0: y + probe.y0, x1: x + probe.x1, y1: y + probe.y1 }, 10)))));

  it('blocks the centres whose box comes within 10 units of a box, and only those', () => {
    const xs = [0, 1, 2, 3, 4, 5].map(gridX);
    const ys = [0, 1, 2, 3].map(gridY);
    // A small box 5 units left of the first centre's box (the next centre's is 13 away), and a wide one 9 units
    // below the bottom row's boxes (the row above is 17 away).
    const boxes = [box(gridX(0) + probe.x0 - 6, gridY(0), gridX(0) + probe.x0 - 5, gridY(0) + 1), box(-50, gridY(3) + probe.y1 + 9, 500, gridY(3) + probe.y1 + 20)];
    const blocked = [...blockedCentres(xs, ys, probe, boxes)];
    expect(blocked).toEqual(blockedOneByOne(xs, ys, boxes));
    expect(blocked.slice(0, 6)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(blocked.slice(18)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('leaves a centre whose box would sit exactly 10 units from a box free, and blocks it a hair closer', () => {
    const [xs, ys] = [[gridX(0)], [gridY(0)]];
    // The probe's right side at gridX(0) + probe.x1: a box starting 10 units past it, then 0.001 nearer.
    const at = (gap: number) => box(gridX(0) + probe.x1 + gap, gridY(0), gridX(0) + probe.x1 + gap + 20, gridY(0) + 5);
    expect([...blockedCentres(xs, ys, probe, [at(10)]), ...blockedCentres(xs, ys, probe, [at(9.999)])]).toEqual([0, 1]);
    // The same below the probe's bottom side.
    const below = (gap: number) => box(gridX(0), gridY(0) + probe.y1 + gap, gridX(0) + 5, gridY(0) + probe.y1 + gap + 20);
    expect([...blockedCentres(xs, ys, probe, [below(10)]), ...blockedCentres(xs, ys, probe, [below(9.999)])]).toEqual([0, 1]);
  });

  it('agrees with the test made centre by centre on 300 random frames, fractional coordinates and touching edges included', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 300; trial++) {
      const xs = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, k) => gridX(k));
      const ys = Array.from({ length: 1 + Math.floor(random() * 20) }, (_, k) => gridY(k));
      const boxes = Array.from({ length: Math.floor(random() * 8) }, () => {
        // Some boxes on whole units, so edges land exactly 10 units from a probe's side.
        const at = (v: number) => (random() < 0.3 ? Math.round(v) : v);
        const [x, y] = [at(random() * 300 - 40), at(random() * 200 - 40)];
        return box(x, y, x + at(random() * 80), y + at(random() * 40));
      });
      expect([...blockedCentres(xs, ys, probe, boxes)]).toEqual(blockedOneByOne(xs, ys, boxes));
    }
  });
});
