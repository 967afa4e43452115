/**
 * Where a drawn stake's label goes: mid-way along its line where that is clear, else the spot nearby that hides
 * least of the boxes, labels, arrowheads and lines around it, each of them filed on a grid (boxGrid.ts).
 */
import { boxAround, boxesOverlap, distance, grown, lineCrossesBox, type Box, type Point } from '../../components/geometry';
import { boxGrid, grid, type Grid } from './boxGrid';
import { FONT, labelBox, type EdgeShape } from './layout';

/**
 * What a compared label costs (placeLabel) a square unit of an arrowhead it covers: a straight small head's box (18
 * × 9 units: tip to base, half its width either side) wholly covered costs 81, most of a line under the label. Over all compared pairs in both layouts, labels
 * hiding half a head or more: en 64 → 11, fr 160 → 30, ja 251 → 108. Costed as a box (150 for touching), heads
 * pushed the labels onto each other instead (Japanese: 0 → 112 label pairs overlapping).
 */
const HEAD_COST = 0.5;

/** What a label over a box or another label costs (placeLabel): 150 for touching at all, and ten per square unit shared. */
const covering = (label: Box, other: Box) => {
  const area = overlapArea(label, other, 2);
  return area > 0 ? 150 + 10 * area : 0;
};

/** Area shared by two boxes, 0 when apart; `margin` widens the first. */
function overlapArea(a: Box, b: Box, margin: number): number {
  const w = Math.min(a.x1 + margin, b.x1) - Math.max(a.x0 - margin, b.x0);
  const h = Math.min(a.y1 + margin, b.y1) - Math.max(a.y0 - margin, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * What a label at `point` costs, or Infinity once its parts so far reach `bound` (the cost to beat): every part
 * is at least 0, so the rest cannot bring it back under, and the spots that cannot win skip their dearer parts.
 */
export function labelCost(shape: EdgeShape, text: string, avoid: Avoid, own: number, point: Point, bound = Infinity): number {
  const box = labelBox(point, text);
  const near = grown(box, 2);
  // A label over a box or another label hides words; a line under a label (drawn on a halo) hides a stretch
  // of line: so touching at all costs a line and a half, and each ten square pixels shared one line more. A
  // label off its own line (moved sideways) may be read as another's: half a line's cost. Over an arrowhead it
  // hides which way a stake runs (a short line's middle is near its head): HEAD_COST.
  // Added in this order, so a spot's cost is the same number whichever spots were weighed before it; each part
  // is worked out only while the sum so far is under `bound` (|| stops at the first that reaches it).
  let sum = 0;
  const reaches = (part: number) => (sum += part) >= bound;
  const isBeaten =
    reaches(sumOf(avoid.nodes.near(near), (other) => covering(box, other))) ||
    reaches(sumOf(avoid.labels.near(near), (other) => covering(box, other))) ||
    reaches(sumOf(avoid.heads.near(box), (head) => HEAD_COST * overlapArea(box, head, 0))) ||
    reaches(100 * avoid.lines.near(box).filter((line) => line.index !== own && runsThrough(line, box)).length) ||
    reaches(lineCrossesBox(shape.samples, grown(box, 4)) ? 0 : 50) ||
    reaches(box.y0 < 0 || box.y1 > avoid.height ? 1e6 : 0);
  return isBeaten ? Infinity : sum;
}

/**
 * Whether a year's label fits mid-way along its line (`box`): clear of its own arrowhead (a short line and a long
 * word: French "200 M €" into Ampere), of another line (Renault → Renault Korea through "170 Md ₩", narrow), of a
 * company's box and of a label placed before.
 */
export function isClearMidway(shape: EdgeShape, box: Box, avoid: Avoid, own: number): boolean {
  const near = grown(box, 2);
  return (
    !boxesOverlap(box, shape.head) &&
    !avoid.lines.someNear(box, (line) => line.index !== own && runsThrough(line, box)) &&
    !avoid.nodes.someNear(near, (b) => boxesOverlap(box, b, 2)) &&
    !avoid.labels.someNear(near, (l) => boxesOverlap(box, l, 2))
  );
}

/** What the labels of a diagram keep clear of: its company boxes and its edges' arrowheads and lines, no label yet. */
export function avoiding(boxes: readonly Box[], shapes: ReadonlyMap<number, EdgeShape>, size: { width: number; height: number }): Avoid {
  const lines = grid<Line>();
  for (const [index, { samples }] of shapes) lines.add({ index, samples, bounds: boundsOf(samples) }, segmentBoxes(samples));
  return {
    nodes: boxGrid(boxes),
    labels: grid<Box>(),
    heads: boxGrid([...shapes.values()].map((shape) => shape.head)),
    lines,
    width: size.width,
    height: size.height,
  };
}

/**
 * Where an edge's label goes: mid-way along it, unless that covers a company box or an earlier label (a
 * longer comparison label such as "ended 2022" between two close boxes); then above or below the middle,
 * then further along the curve; failing all, wherever it covers least.
 */
export function placeLabel(shape: EdgeShape, text: string, avoid: Avoid, own: number) {
  const step = FONT.label + 5;
  const { mid } = shape;
  const along = [...shape.samples].sort((a, b) => distance(a, mid) - distance(b, mid));
  const beside = [1, 2, 3].flatMap((k) => [{ x: mid.x, y: mid.y - k * step }, { x: mid.x, y: mid.y + k * step }]);
  const sideways = [1, 2, 3].flatMap((k) => [-1, 0, 1].flatMap((dy) => [{ x: mid.x - k * 24, y: mid.y + dy * step }, { x: mid.x + k * 24, y: mid.y + dy * step }]));
  // A spot poking out at a side edge slides inside, with room for the Alliance members' box around it (its
  // 14-unit padding and border): each spot is costed where it would end up.
  const inside = (point: Point): Point => {
    const box = labelBox(point, text);
    const shift = box.x0 < LABEL_EDGE ? LABEL_EDGE - box.x0 : box.x1 > avoid.width - LABEL_EDGE ? avoid.width - LABEL_EDGE - box.x1 : 0;
    return { x: point.x + shift, y: point.y };
  };
  let best = { point: mid, cost: Infinity };
  for (const point of [mid, ...beside, ...along, ...sideways].map(inside)) {
    const c = labelCost(shape, text, avoid, own, point, best.cost);
    if (c < best.cost) best = { point, cost: c };
    if (c === 0) break;
  }
  const box = labelBox(best.point, text);
  avoid.labels.add(box, [box]);
  // Off its line a label could be taken for a neighbour's: a short leader ties it to the nearest point of its own.
  if (lineCrossesBox(shape.samples, grown(box, 4))) return { ...shape, mid: best.point, labelBox: box };
  const centre = best.point;
  const leader = shape.samples.reduce((near, p) => (distance(p, centre) < distance(near, centre) ? p : near), shape.samples[0] ?? shape.mid);
  return { ...shape, mid: best.point, labelBox: box, leader };
}

/** An edge's line as a label avoids it: the stake it draws, its samples, and their bounds to skip it quickly where it is far. */
export interface Line {
  index: number;
  samples: readonly Point[];
  bounds: Box;
}

/**
 * What a label is placed clear of (placeLabel), each on a grid (boxGrid.ts): a label weighs some forty spots,
 * and on a grown dataset (300 companies, 300 stakes) weighing each against every box, label, arrowhead and line
 * took 20–37 s a year drawn. What a grid leaves out shares no cell with the spot, so it costs nothing there.
 */
export interface Avoid {
  nodes: Grid<Box>;
  /** The labels placed so far, in the order they were placed. */
  labels: Grid<Box>;
  heads: Grid<Box>;
  lines: Grid<Line>;
  width: number;
  height: number;
}

/**
 * The sum of `cost` over `items`, in their order. Summed over what a grid finds near a spot, in the order the
 * items were filed, it is the sum over all of them to the last bit: the others add exactly 0.
 */
const sumOf = <T>(items: readonly T[], cost: (item: T) => number) => items.reduce((sum, item) => sum + cost(item), 0);

/** The bounds of each segment of a polyline (of its one point, if it has one): a line is filed on a grid under these. */
const segmentBoxes = (points: readonly Point[]): Box[] =>
  points.length < 2
    ? points.map((p) => boxAround(p, 0))
    : points.slice(1).map((b, i) => {
        const a = points[i]!;
        return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
      });

/** Whether `line` runs through `box` (its bounds first: most lines are far). */
const runsThrough = (line: Line, box: Box) => boxesOverlap(line.bounds, box) && lineCrossesBox(line.samples, box);

const boundsOf = (points: readonly Point[]): Box => ({
  x0: Math.min(...points.map((p) => p.x)),
  y0: Math.min(...points.map((p) => p.y)),
  x1: Math.max(...points.map((p) => p.x)),
  y1: Math.max(...points.map((p) => p.y)),
});

/** How far inside the drawing's side edges a placed label keeps. */
const LABEL_EDGE = 16;

