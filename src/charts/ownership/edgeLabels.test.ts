import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../../components/geometry';
import { seededRandom } from '../../test/seededRandom';
import { CELL, type Grid } from './boxGrid';
import { avoiding, isClearMidway, labelCost, type Avoid } from './edgeLabels';
import { ARROWS, edgeShape, labelBox, type EdgeShape } from './layout';

/** A "grid" that answers every question over all its items, in the order added: what the real grid must equal. */
function scan<T>(items: T[]): Grid<T> {
  return {
    add: (item) => void items.push(item),
    near: () => items,
    someNear: (_area, test) => items.some(test),
    someAt: (_point, test) => items.some(test),
  };
}

/** Every item of a grid, in the order added (the scenes lie well inside this area). */
const everything = <T>(g: Grid<T>) => g.near({ x0: -200, y0: -200, x1: 1200, y1: 1200 });

const asScan = (avoid: Avoid): Avoid => ({
  ...avoid,
  nodes: scan(everything(avoid.nodes)),
  labels: scan(everything(avoid.labels)),
  heads: scan(everything(avoid.heads)),
  lines: scan(everything(avoid.lines)),
});

const TEXTS = ['34%', '43.4%', 'ended 2022', '200 M €', '50 : 50', '3,4 %'];

/**
 * A box whose side lies `gap` units outside (or, negative, inside) one side of `target`: the distances at which
 * the label's margins (2 units round boxes and labels, 0 round heads and lines) decide, and where a grid asked
 * over too small an area would miss an item filed in the neighbouring cell.
 */
function boxBeside(target: Box, random: () => number, size: { w: number; h: number }, gaps: readonly [number, number] = [-3, 3]): Box {
  const gap = gaps[0] + random() * (gaps[1] - gaps[0]);
  const x = target.x0 + random() * (target.x1 - target.x0);
  const y = target.y0 + random() * (target.y1 - target.y0);
  switch (Math.floor(random() * 4)) {
    case 0:
      return { x0: target.x1 + gap, y0: y - size.h / 2, x1: target.x1 + gap + size.w, y1: y + size.h / 2 };
    case 1:
      return { x0: target.x0 - gap - size.w, y0: y - size.h / 2, x1: target.x0 - gap, y1: y + size.h / 2 };
    case 2:
      return { x0: x - size.w / 2, y0: target.y1 + gap, x1: x + size.w / 2, y1: target.y1 + gap + size.h };
    default:
      return { x0: x - size.w / 2, y0: target.y0 - gap - size.h, x1: x + size.w / 2, y1: target.y0 - gap };
  }
}

/** A straight line of 21 samples passing `gap` units beside one side of `target`, as an edge's shape. */
function lineBeside(target: Box, random: () => number): EdgeShape {
  const gap = random() * 4 - 2;
  const isLevel = random() < 0.5;
  const at = isLevel ? (random() < 0.5 ? target.y0 - gap : target.y1 + gap) : random() < 0.5 ? target.x0 - gap : target.x1 + gap;
  const from = (isLevel ? target.x0 : target.y0) - 40 - random() * 80;
  const to = (isLevel ? target.x1 : target.y1) + 40 + random() * 80;
  const samples: Point[] = Array.from({ length: 21 }, (_, i) => {
    const along = from + ((to - from) * i) / 20;
    return isLevel ? { x: along, y: at } : { x: at, y: along };
  });
  const end = samples[20]!;
  return { path: '', mid: samples[10]!, samples, head: { x0: end.x - 4.5, y0: end.y - 4.5, x1: end.x + 4.5, y1: end.y + 4.5 } };
}

/**
 * `spot` moved so that one side of its label's box lies within 2.5 units of a grid line: an item just beyond that
 * side is filed in the next cell, which only a query area grown by the cost's margin reaches.
 */
function onCellEdge(spot: Point, text: string, random: () => number): Point {
  const box = labelBox(spot, text);
  const side = Math.floor(random() * 4);
  const edge = [box.x0, box.x1, box.y0, box.y1][side]!;
  const shift = Math.round(edge / CELL) * CELL + (random() * 5 - 2.5) - edge;
  return side < 2 ? { x: spot.x + shift, y: spot.y } : { x: spot.x, y: spot.y + shift };
}

/** A scene round one edge: its label's spots, and boxes, labels, heads and lines placed just beside them. */
function scene(seed: number) {
  const random = seededRandom(seed);
  const box = (x: number, y: number): Box => ({ x0: x, y0: y, x1: x + 60 + random() * 60, y1: y + 30 + random() * 20 });
  const shape = edgeShape(box(100 + random() * 100, 100 + random() * 200), box(400 + random() * 100, 100 + random() * 200), Math.round(random() * 40 - 20), ARROWS.small);
  const text = TEXTS[Math.floor(random() * TEXTS.length)]!;
  const spots = [shape.mid, ...Array.from({ length: 11 }, () => onCellEdge({ x: shape.mid.x + random() * 120 - 60, y: shape.mid.y + random() * 120 - 60 }, text, random))];
  const targets = spots.map((spot) => labelBox(spot, text));
  const pick = () => targets[Math.floor(random() * targets.length)]!;
  const boxes = Array.from({ length: 6 }, () => boxBeside(pick(), random, { w: 50 + random() * 60, h: 28 + random() * 16 }));
  const others = new Map(Array.from({ length: 5 }, (_, i) => [i + 1, lineBeside(pick(), random)] as const));
  const heads = Array.from({ length: 5 }, () => boxBeside(pick(), random, { w: 9, h: 9 }, [-1, 1]));
  // The heads of the lines beside the spots, and a few more beside them, stand for the diagram's arrowheads.
  const shapes = new Map<number, EdgeShape>([[0, shape], ...[...others].map(([i, line], k) => [i, { ...line, head: heads[k]! }] as const)]);
  const avoid = avoiding(boxes, shapes, { width: 800, height: 500 });
  for (let i = 0; i < 8; i++) {
    const placed = boxBeside(pick(), random, { w: 30 + random() * 50, h: 16 }, [0.5, 2.5]);
    avoid.labels.add(placed, [placed]);
  }
  return { shape, text, spots, avoid };
}

describe('edge labels on grids', () => {
  // What a label weighs near a spot must be what it would weigh against every item: the grids are only asked the
  // cells around the spot, so a query area smaller than what the cost's margins reach would miss an item there.
  it('cost a spot exactly as a scan of every box, label, head and line would', () => {
    let costed = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { shape, text, spots, avoid } = scene(seed);
      const all = asScan(avoid);
      for (const spot of spots) {
        const cost = labelCost(shape, text, avoid, 0, spot);
        expect(cost, `seed ${seed} at ${spot.x},${spot.y}`).toBe(labelCost(shape, text, all, 0, spot));
        // With a bound to beat, too (the early-out must stop at the same parts).
        expect(labelCost(shape, text, avoid, 0, spot, 400)).toBe(labelCost(shape, text, all, 0, spot, 400));
        if (cost > 0 && cost < 1e6) costed++;
      }
    }
    // The scenes put things in the way: most spots cost something (else the comparison would prove nothing).
    expect(costed).toBeGreaterThan(1000);
  });

  it('find a spot mid-way clear exactly when a scan would', () => {
    // One item beside each spot, so that it alone decides: in a crowded scene something else blocks most spots.
    const verdicts = new Set<boolean>();
    const random = seededRandom(7);
    for (let trial = 0; trial < 3000; trial++) {
      const shape = edgeShape({ x0: 0, y0: 200, x1: 60, y1: 230 }, { x0: 600, y0: 200, x1: 660, y1: 230 }, 0, ARROWS.small);
      const text = TEXTS[trial % TEXTS.length]!;
      const box = labelBox(onCellEdge({ x: 150 + random() * 300, y: 100 + random() * 250 }, text, random), text);
      const kind = trial % 3;
      // Just inside or outside the 2-unit margin of boxes and labels.
      const item = boxBeside(box, random, { w: 30 + random() * 50, h: 16 }, [0, 2.5]);
      const avoid = avoiding(kind === 0 ? [item] : [], new Map([[0, shape], ...(kind === 2 ? [[1, lineBeside(box, random)] as const] : [])]), { width: 800, height: 500 });
      if (kind === 1) avoid.labels.add(item, [item]);
      const isClear = isClearMidway(shape, box, avoid, 0);
      expect(isClear, `trial ${trial}`).toBe(isClearMidway(shape, box, asScan(avoid), 0));
      verdicts.add(isClear);
    }
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('weigh each kind of item at its margin: a box 1 unit off costs, one 3 units off does not', () => {
    const shape = edgeShape({ x0: 0, y0: 0, x1: 60, y1: 30 }, { x0: 400, y0: 0, x1: 460, y1: 30 }, 0, ARROWS.small);
    const spot = shape.mid;
    const label = labelBox(spot, '34%');
    const beside = (gap: number): Box => ({ x0: label.x1 + gap, y0: label.y0, x1: label.x1 + gap + 40, y1: label.y1 });
    const costWith = (box: Box) => labelCost(shape, '34%', avoiding([box], new Map([[0, shape]]), { width: 800, height: 500 }), 0, spot);
    const alone = labelCost(shape, '34%', avoiding([], new Map([[0, shape]]), { width: 800, height: 500 }), 0, spot);
    // Within the 2-unit margin: 150 for touching, 10 per square unit shared (1 unit × the label's height).
    expect(costWith(beside(1)) - alone).toBeCloseTo(150 + 10 * (label.y1 - label.y0), 9);
    expect(costWith(beside(3))).toBe(alone);
  });
});
