// Where a company goes when the layout has no slot for it (new data, or a slot already taken): the free
// spot inside the frame nearest the companies it is joined to. Deterministic — the same data always gives
// the same place — and a spot is free when the box clears every box already placed and every obstacle
// (the members' band, for a company outside it) and the straight lines to its partners cross no other box.

import { boxGrid, type Grid } from './boxGrid';
import { boxesOverlap, distance, grown, type Box, type Point } from '../../components/geometry';
import { labelBox, nodeBox, type LayoutSpec } from './layout';

/** Gap kept around boxes, in viewBox units: the same the diagram keeps between hand-placed boxes. */
const CLEARANCE = 10;
/** Candidate centres lie on a grid this fine. */
const STEP = 8;
/** Rows added below the frame when it is full, each time no spot inside is free. */
const GROW = 60;
/** Stands in for a stake's label when sizing it: as wide as the widest percent label. */
const LABEL_SIZER = '99.99%';

/** Whether the segment a→b runs through a box of `grid` (sampled at 19 points; `except` boxes do not count). */
const segmentHitsGrid = (a: Point, b: Point, grid: Grid<Box>, except: (box: Box) => boolean) => {
  for (let i = 1; i < 20; i++) {
    const x = a.x + ((b.x - a.x) * i) / 20;
    const y = a.y + ((b.y - a.y) * i) / 20;
    if (grid.someAt({ x, y }, (box) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1 && !except(box))) return true;
  }
  return false;
};

/** The first index in 0…n at which `isPast` holds, for a test that, once it holds, holds for every later index. */
function firstPast(n: number, isPast: (index: number) => boolean): number {
  let [low, high] = [0, n];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isPast(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Which centres of the lattice `xs` × `ys` (each ascending) put a box of `probe` (its bounds about the origin)
 * within CLEARANCE of one of `boxes`: row by row, 1 where blocked. Each box blocks a rectangle of the lattice,
 * since each side of the test (`boxesOverlap(box, moved probe, CLEARANCE)`, written out below term by term)
 * holds from one index on or up to one: found by bisection and added up in a difference array. Asking a grid at
 * every centre of the frame, for every company placed, was most of a grown diagram's time.
 */
export function blockedCentres(xs: readonly number[], ys: readonly number[], probe: Box, boxes: readonly Box[]): Uint8Array {
  const [nx, ny] = [xs.length, ys.length];
  const diff = new Int32Array((nx + 1) * (ny + 1));
  const at = (column: number, row: number) => row * (nx + 1) + column;
  for (const box of boxes) {
    const x0 = firstPast(nx, (k) => box.x0 - CLEARANCE < xs[k]! + probe.x1);
    const x1 = firstPast(nx, (k) => !(xs[k]! + probe.x0 - CLEARANCE < box.x1)) - 1;
    const y0 = firstPast(ny, (k) => box.y0 - CLEARANCE < ys[k]! + probe.y1);
    const y1 = firstPast(ny, (k) => !(ys[k]! + probe.y0 - CLEARANCE < box.y1)) - 1;
    if (x0 > x1 || y0 > y1) continue;
    diff[at(x0, y0)]! += 1;
    diff[at(x1 + 1, y0)]! -= 1;
    diff[at(x0, y1 + 1)]! -= 1;
    diff[at(x1 + 1, y1 + 1)]! += 1;
  }
  // Summed along each row, then down each column: each centre's count of boxes blocking it.
  const blocked = new Uint8Array(nx * ny);
  const above = new Int32Array(nx);
  for (let row = 0; row < ny; row++) {
    let sum = 0;
    for (let column = 0; column < nx; column++) {
      sum += diff[at(column, row)]!;
      above[column]! += sum;
      blocked[row * nx + column] = above[column]! > 0 ? 1 : 0;
    }
  }
  return blocked;
}

export interface Placement {
  center: Point;
  box: Box;
  /** The frame height the spot needed: the layout's own, or more when the frame was full. */
  height: number;
}

/**
 * A free centre for a box of `lines`, nearest `anchor` (ties broken top to bottom, then left to right).
 * `placed` are the boxes already drawn, `obstacles` areas to keep clear, `partners` the centres of the
 * placed companies it shares a stake with.
 */
export function freeSpot(
  layout: Pick<LayoutSpec, 'width' | 'height'>,
  lines: readonly string[],
  isMember: boolean,
  placed: readonly Box[],
  obstacles: readonly Box[],
  anchor: Point,
  partners: readonly Point[],
  height: number = layout.height,
): Placement {
  const probe = nodeBox({ x: 0, y: 0 }, lines, isMember);
  const [halfW, halfH] = [(probe.x1 - probe.x0) / 2, (probe.y1 - probe.y0) / 2];
  // A box wider than the frame is centred in it rather than given no place at all.
  const xs: number[] = [];
  for (let x = halfW + 4; x <= layout.width - halfW - 4; x += STEP) xs.push(x);
  if (xs.length === 0) xs.push(layout.width / 2);
  const taken = [...placed, ...obstacles];
  const occupied = boxGrid(taken);
  // The box moved to a candidate centre, without measuring the text again for each of thousands of candidates.
  const boxAt = (c: Point): Box => ({ x0: c.x + probe.x0, y0: c.y + probe.y0, x1: c.x + probe.x1, y1: c.y + probe.y1 });
  // The new stakes' lines and labels must not cross a box or a label already drawn (the partner's own box aside):
  // how many of them do.
  const blockedLines = (c: Point) =>
    partners.filter((p) => {
      const own = boxAt(c);
      const label = labelBox({ x: (c.x + p.x) / 2, y: (c.y + p.y) / 2 }, LABEL_SIZER);
      const isPartner = (b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
      return boxesOverlap(own, label, 2) || segmentHitsGrid(c, p, occupied, isPartner) || occupied.someNear(grown(label, 2), (b) => boxesOverlap(b, label, 2));
    }).length;
  // Rows already tried in a shorter frame held no free spot (fitting does not depend on the frame's height),
  // so a taller frame only tries its new rows.
  let fromY = -Infinity;
  for (let frame = height; ; frame += GROW) {
    // The free centres in the order they are tried. Only they are sorted: most of a grown diagram's companies
    // find no spot with clear lines and weigh every free centre, and sorting all ~10,000 centres of the frame
    // for each was a third of its time.
    const ys: number[] = [];
    for (let y = halfH + 4; y <= frame - halfH - 4; y += STEP) if (y > fromY) ys.push(y);
    const isBlocked = blockedCentres(xs, ys, probe, taken);
    const free: { c: Point; d: number }[] = [];
    for (let row = 0; row < ys.length; row++) {
      for (let column = 0; column < xs.length; column++) {
        const c = { x: xs[column]!, y: ys[row]! };
        if (!isBlocked[row * xs.length + column]) free.push({ c, d: distance(c, anchor) });
      }
    }
    free.sort((a, b) => a.d - b.d || a.c.y - b.c.y || a.c.x - b.c.x);
    let fallback: { c: Point; blocked: number } | undefined;
    for (const { c } of free) {
      const lines = blockedLines(c);
      if (lines === 0) return { center: c, box: boxAt(c), height: frame };
      if (!fallback || lines < fallback.blocked) fallback = { c, blocked: lines };
    }
    // No spot with clear lines: the nearest free one with the fewest lines through other boxes or labels (the
    // nearest alone once drew Geely's 34% of Renault Korea through the French State's box); none free: a taller frame.
    if (fallback) return { center: fallback.c, box: boxAt(fallback.c), height: frame };
    fromY = frame - halfH - 4;
  }
}
