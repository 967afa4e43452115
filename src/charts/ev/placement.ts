import { toTenth, type Box } from '../../components/geometry';

interface Cluster {
  members: number[];
  start: number;
}

/**
 * Label centres for labels that want to sit at `wanted[i]`, at least `gap` apart and within [min, max]:
 * overlapping labels are merged into clusters centred on their wanted positions (as OWID line labels).
 * Returns centres in input order; if they cannot all fit, the spacing shrinks to fit.
 */
export function dodgeLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  if (wanted.length === 0) return [];
  const step = Math.min(gap, wanted.length > 1 ? (max - min) / (wanted.length - 1) : gap);
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const clamp = (start: number, n: number) => Math.max(min, Math.min(max - (n - 1) * step, start));
  const idealStart = (members: number[]) =>
    members.reduce((sum, i, k) => sum + wanted[i]! - k * step, 0) / members.length;
  let clusters: Cluster[] = order.map(({ y, i }) => ({ members: [i], start: clamp(y, 1) }));
  let isMerged = true;
  while (isMerged) {
    isMerged = false;
    const next: Cluster[] = [];
    for (const cluster of clusters) {
      const prev = next[next.length - 1];
      if (prev && prev.start + prev.members.length * step > cluster.start + 1e-9) {
        const members = [...prev.members, ...cluster.members];
        next[next.length - 1] = { members, start: clamp(idealStart(members), members.length) };
        isMerged = true;
      } else next.push(cluster);
    }
    clusters = next;
  }
  // Stryker disable next-line ArrayDeclaration: every index is assigned below, so the length given up front changes nothing
  const centres = new Array<number>(wanted.length);
  for (const { members, start } of clusters) members.forEach((i, k) => (centres[i] = start + k * step));
  return centres;
}

/** A marker label to place: the marker's x and the label's width, in px. */
export interface MarkerLabelInput {
  x: number;
  width: number;
}

/** Where a marker label went: its row (0 = nearest the plot) and side, or row null if it could not fit. */
export interface MarkerLabelSlot {
  row: number | null;
  anchor: 'start' | 'end';
  /** Left and right edge of the label in px. */
  span: [number, number];
}

const LINE_OFFSET = 3;
const LINE_CLEARANCE = 2;

function spanOf(x: number, width: number, anchor: 'start' | 'end'): [number, number] {
  return anchor === 'start' ? [x + LINE_OFFSET, x + LINE_OFFSET + width] : [x - LINE_OFFSET - width, x - LINE_OFFSET];
}

/** The least space between two labels on one row. */
const ROW_GAP = 10;
const isOutside = (x: number, [a, b]: [number, number]) => x < a - LINE_CLEARANCE || x > b + LINE_CLEARANCE;

type Slot = { anchor: 'start' | 'end'; row: number };

/** The slots a label tries, best first: every row right of its line before any left of it, or row by row. */
function slotOrder(rows: number, isRightFirst: boolean): Slot[] {
  const rowList = Array.from({ length: rows }, (_, row) => row);
  const sides = ['start', 'end'] as const;
  return isRightFirst
    ? sides.flatMap((anchor) => rowList.map((row) => ({ anchor, row })))
    : rowList.flatMap((row) => sides.map((anchor) => ({ anchor, row })));
}

function placeInOrder(items: readonly MarkerLabelInput[], slots: readonly Slot[], left: number, right: number, lowestRowLeft: number): MarkerLabelSlot[] {
  const placed: { x: number; row: number; span: [number, number] }[] = [];
  const fits = (x: number, row: number, span: [number, number], isStrict: boolean) =>
    span[0] >= (row === 0 ? lowestRowLeft : left) &&
    span[1] <= right &&
    placed.every((p) => {
      if (p.row === row) return span[1] + ROW_GAP <= p.span[0] || p.span[1] + ROW_GAP <= span[0];
      if (!isStrict) return true;
      return p.row < row ? isOutside(x, p.span) : isOutside(p.x, span);
    });
  return items.map(({ x, width }): MarkerLabelSlot => {
    for (const isStrict of [true, false]) {
      for (const { anchor, row } of slots) {
        const span = spanOf(x, width, anchor);
        if (fits(x, row, span, isStrict)) {
          placed.push({ x, row, span });
          return { row, anchor, span };
        }
      }
    }
    return { row: null, anchor: 'start', span: spanOf(x, width, 'start') };
  });
}

/**
 * Rows for marker labels, placed in the order given (priority). Each label goes right of its marker line, on
 * the lowest of `rows` rows where it overlaps no other label, and left of the line only where no row has room
 * on the right: labels on both sides of their lines read as belonging to the neighbouring line. Where that
 * leaves more labels out than filling the rows one by one (either side) would — a narrow chart — or as many
 * but an earlier one, the rows one by one win: a missing label is worse than one on the left. Slots where no
 * marker line (which runs from its label down through the lower rows) crosses the label are preferred;
 * labels that overlap others wherever they go get row null. The lowest row sits level with the y-axis's top
 * label, so it starts at `lowestRowLeft` (the plot's left edge); the rows above may use the gutter.
 */
export function markerLabelRows(items: readonly MarkerLabelInput[], rows: number, left: number, right: number, lowestRowLeft = left): MarkerLabelSlot[] {
  const rightFirst = placeInOrder(items, slotOrder(rows, true), left, right, lowestRowLeft);
  // Nothing left out (a desktop card): the one placement is the answer, with no second pass on each redraw.
  if (rightFirst.every((slot) => slot.row !== null)) return rightFirst;
  const rowFirst = placeInOrder(items, slotOrder(rows, false), left, right, lowestRowLeft);
  return leavesOutNoMore(rightFirst, rowFirst) ? rightFirst : rowFirst;
}

/**
 * Whether placement `a` leaves out no more than `b`: fewer labels, or as many and none earlier in the order
 * (the order is priority: a launch must not give way to an event because the counts tie).
 */
function leavesOutNoMore(a: readonly MarkerLabelSlot[], b: readonly MarkerLabelSlot[]): boolean {
  const left = (slots: readonly MarkerLabelSlot[]) => slots.flatMap((slot, i) => (slot.row === null ? [i] : []));
  const [outA, outB] = [left(a), left(b)];
  if (outA.length !== outB.length) return outA.length < outB.length;
  const k = outA.findIndex((i, n) => i !== outB[n]);
  return k === -1 || outA[k]! > outB[k]!;
}

/** A label drawn beside a point: its anchor x, centre y, width and which side of x it extends to. */
export interface InlineLabel {
  x: number;
  y: number;
  width: number;
  anchor: 'start' | 'end';
  /** Set apart from its point, a leader drawn to it (inlineLeader). */
  led?: boolean;
}

const inlineSpan = (l: InlineLabel): [number, number] => (l.anchor === 'start' ? [l.x, l.x + l.width] : [l.x - l.width, l.x]);

/**
 * Centres for labels set beside their series' last point: labels whose horizontal spans overlap are
 * spread vertically (as the right-hand column is), so "Zoe" and "Zoe production" never print over each other.
 */
export function dodgeInlineLabels(labels: readonly InlineLabel[], gap: number, min: number, max: number): number[] {
  const group = labels.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  labels.forEach((a, i) => {
    labels.forEach((b, j) => {
      const [a0, a1] = inlineSpan(a);
      const [b0, b1] = inlineSpan(b);
      if (j > i && a0 < b1 && b0 < a1) group[find(j)] = find(i);
    });
  });
  const centres = labels.map((l) => l.y);
  for (const root of new Set(labels.map((_, i) => find(i)))) {
    const members = labels.flatMap((_, i) => (find(i) === root ? [i] : []));
    if (members.length < 2) continue;
    const dodged = dodgeLabels(members.map((i) => labels[i]!.y), gap, min, max);
    members.forEach((i, k) => (centres[i] = dodged[k]!));
  }
  return centres;
}

/** A reading's plate beside the cursor rule: its centre y and width, in px (16 px tall). */
export interface CursorPlate {
  y: number;
  width: number;
}

/** How far a plate's near edge sits from the rule, and its text 4 px further. */
const PLATE_OFFSET = 2;
export const PLATE_TEXT_OFFSET = PLATE_OFFSET + 4;
/** A plate's half height, and one plate's slot in the column (16 px plates, 1 px apart). */
const PLATE_HALF = 8;
export const PLATE_STEP = 17;
/** How far a dot reaches (its radius), and a label's half height about its centre line. */
const DOT_REACH = 3;
const TEXT_HALF = 6;

/** A plate's box: `width` px (its text and margins) at `y`, on `anchor`'s side of the rule at `ruleX`. */
export function plateBox(ruleX: number, y: number, width: number, anchor: 'start' | 'end'): Box {
  const [x0, x1] = anchor === 'start' ? [ruleX + PLATE_OFFSET, ruleX + PLATE_OFFSET + width] : [ruleX - PLATE_OFFSET - width, ruleX - PLATE_OFFSET];
  return { x0, y0: y - PLATE_HALF, x1, y1: y + PLATE_HALF };
}

type Segment = readonly [number, number, number, number];

/**
 * What a plate should not cover: the chart's dots; its step lines, by their vertices (each holds level to the
 * next vertex's x, then rises to its y); other lines, and its labels' centre lines, as axis-aligned segments
 * [x0, y0, x1, y1].
 */
export interface CursorInk {
  dots: readonly { x: number; y: number }[];
  steps: readonly (readonly { x: number; y: number }[])[];
  segments: readonly Segment[];
  text: readonly Segment[];
}

/** A label under a plate cannot be read at all, where a line under it can be followed on: it counts as four dots. */
const TEXT_WEIGHT = 4;

/** Where the cursor's readings go: the side of the rule, and how far their column is lifted above its dots. */
export interface CursorPlacement {
  anchor: 'start' | 'end';
  lift: number;
}

/**
 * The ink between `left` and `right` as flat columns of box edges and weights (some thousands of boxes near the
 * rule on a large file): no object per box, on every step of Play.
 */
function inkNear(ink: CursorInk, left: number, right: number) {
  const x0: number[] = [];
  const x1: number[] = [];
  const y0: number[] = [];
  const y1: number[] = [];
  const weight: number[] = [];
  const add = (bx0: number, bx1: number, by0: number, by1: number, w: number) => {
    if (bx1 <= left || bx0 >= right) return;
    x0.push(bx0);
    x1.push(bx1);
    y0.push(by0);
    y1.push(by1);
    weight.push(w);
  };
  for (const d of ink.dots) add(d.x - DOT_REACH, d.x + DOT_REACH, d.y - DOT_REACH, d.y + DOT_REACH, 1);
  for (const vertices of ink.steps) {
    for (let i = 1; i < vertices.length; i++) {
      const a = vertices[i - 1]!;
      const b = vertices[i]!;
      if (b.x !== a.x) add(Math.min(a.x, b.x), Math.max(a.x, b.x), a.y, a.y, 1);
      if (b.y !== a.y) add(b.x, b.x, Math.min(a.y, b.y), Math.max(a.y, b.y), 1);
    }
  }
  for (const [ax, ay, bx, by] of ink.segments) add(Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by), Math.max(ay, by), 1);
  for (const [ax, ay, bx, by] of ink.text) add(Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by) - TEXT_HALF, Math.max(ay, by) + TEXT_HALF, TEXT_WEIGHT);
  return { x0, x1, y0, y1, weight, n: x0.length };
}

/** The size of the cells inkWeigher files the ink in. */
const INK_CELL = 32;

/**
 * Weighs boxes against `ink`: each dot and stretch of line a box meets counts 1, a label 4. For many boxes (four
 * places for each line's label, on every filter change; thousands of marks on a large file) the ink is filed once:
 * what is taller than wide (dots, rises, rules) in columns INK_CELL px wide, what is wider (holds, labels) in rows
 * INK_CELL px high — so a long hold is filed in one or two rows, not every column it crosses — and a box looks
 * only at the columns and rows it spans.
 */
export function inkWeigher(ink: CursorInk): (box: Box) => number {
  const all = inkNear(ink, -Infinity, Infinity);
  const columns = new Map<number, number[]>();
  const rows = new Map<number, number[]>();
  const file = (cells: Map<number, number[]>, from: number, to: number, i: number) => {
    for (let c = Math.floor(from / INK_CELL); c <= Math.floor(to / INK_CELL); c++) {
      const cell = cells.get(c) ?? [];
      cell.push(i);
      cells.set(c, cell);
    }
  };
  for (let i = 0; i < all.n; i++) {
    if (all.x1[i]! - all.x0[i]! <= all.y1[i]! - all.y0[i]!) file(columns, all.x0[i]!, all.x1[i]!, i);
    else file(rows, all.y0[i]!, all.y1[i]!, i);
  }
  // A box spanning several cells meets what lies in more than one of them once.
  const seen = new Int32Array(all.n).fill(-1);
  let visit = 0;
  const weighIn = (cells: Map<number, number[]>, from: number, to: number, box: Box) => {
    let weight = 0;
    for (let c = Math.floor(from / INK_CELL); c <= Math.floor(to / INK_CELL); c++) {
      for (const i of cells.get(c) ?? []) {
        if (seen[i] === visit) continue;
        seen[i] = visit;
        if (all.x1[i]! > box.x0 && all.x0[i]! < box.x1 && all.y1[i]! > box.y0 && all.y0[i]! < box.y1) weight += all.weight[i]!;
      }
    }
    return weight;
  };
  return (box) => {
    visit += 1;
    return weighIn(columns, box.x0, box.x1, box) + weighIn(rows, box.y0, box.y1, box);
  };
}

/** How far a line's label sits from its last point, and how far a row above or below it moves it. */
const INLINE_OFFSET = 7;
const INLINE_ROW = 12;
/** How many rows from its point a label may go, joined to it by a leader, when no place beside it is clear. */
const LEADER_ROWS = 6;
/** Where a leader starts, this far from the point: the point's own dot and line are no ink for it to avoid. */
const LEADER_GAP = 5;

/** The two places for a label `dy` from its point, `shift` px further out than beside it: right of it, then left. */
const besidePoint = (point: { x: number; y: number }, dy: number, width: number, shift = 0): InlineLabel[] =>
  (['start', 'end'] as const).map((anchor) => ({ x: anchor === 'start' ? point.x + INLINE_OFFSET + shift : point.x - INLINE_OFFSET - shift, y: point.y + dy, width, anchor }));
/** How much further out than beside its point a led label may go, so its leader can slant past a dot. */
const LEADER_SHIFTS = [0, 12, 24];
const LEADER_PIECES = 4;
/** How much worse another line's ink under a label's words reads than the same ink anywhere else. */
const DATA_UNDER_WORDS = 3;
/** How far a leader keeps from a dot it passes, beyond the dot's own reach: closer, it looks to touch it. */
const LEADER_CLEARANCE = 3;

/** A leader from LEADER_GAP px off `point` to `end`, as LEADER_PIECES boxes along it, `pad` px wider all round. */
function leaderPieces(point: { x: number; y: number }, end: { x: number; y: number }, pad = 0): Box[] {
  const t0 = LEADER_GAP / Math.max(Math.hypot(end.x - point.x, end.y - point.y), LEADER_GAP);
  const at = (t: number) => ({ x: point.x + (end.x - point.x) * t, y: point.y + (end.y - point.y) * t });
  return Array.from({ length: LEADER_PIECES }, (_, i) => {
    const a = at(t0 + ((1 - t0) * i) / LEADER_PIECES);
    const b = at(t0 + ((1 - t0) * (i + 1)) / LEADER_PIECES);
    return { x0: Math.min(a.x, b.x) - pad, x1: Math.max(a.x, b.x) + pad, y0: Math.min(a.y, b.y) - pad, y1: Math.max(a.y, b.y) + pad };
  });
}

/**
 * Where a label beside its line's last point goes: right of the point, left of it, then a row above, a row below,
 * each right before left — the first of these that lies in the plot and meets no other ink (`weigh`: a dot, a
 * line, a marker's rule, a target), else the one that meets the least. Level and to the right reads best; a line
 * crossing the words reads worse; further than a row off its point, a label reads as another line's (two rows
 * up, the i-MiEV's sat against the Alliance's dot at phone width: a visual review). So where each of those six
 * places has another line's dots or steps across its words (`away.data`: the ink less the markers' faint rules), the
 * label goes up to LEADER_ROWS rows away, clear of them, with a leader from its point (`led`): of such places the
 * one meeting the least ink, words and leader (a dot on the leader's way, `away.dots`, as much as a label), then
 * the nearest; up to two dozen px further out, so a leader can slant past another line's dot.
 */
export function inlineLabelSpot(
  point: { x: number; y: number }, width: number, weigh: (box: Box) => number, plot: { left: number; right: number; top: number; bottom: number },
  away: { data: (box: Box) => number; dots: (box: Box) => number } = { data: weigh, dots: weigh },
): InlineLabel {
  const inPlot = (spot: InlineLabel) => {
    const [x0, x1] = inlineSpan(spot);
    // Level with the point is always a place (the labels' dodging keeps them in the plot); a row away, only inside it.
    return x0 >= plot.left && x1 <= plot.right && (spot.y === point.y || (spot.y - TEXT_HALF >= plot.top && spot.y + TEXT_HALF <= plot.bottom));
  };
  const boxOf = (spot: InlineLabel): Box => {
    const [x0, x1] = inlineSpan(spot);
    return { x0, x1, y0: spot.y - TEXT_HALF, y1: spot.y + TEXT_HALF };
  };
  const spots = [0, -INLINE_ROW, INLINE_ROW].flatMap((dy) => besidePoint(point, dy, width));
  let best: InlineLabel | null = null;
  let least = Infinity;
  for (const spot of spots.filter(inPlot)) {
    const weight = weigh(boxOf(spot));
    if (weight < least) [best, least] = [spot, weight];
    if (weight === 0) return spot;
  }
  const underWords = best === null ? 0 : away.data(boxOf(best));
  if (best === null || underWords === 0) return best ?? spots[point.x + INLINE_OFFSET + width <= plot.right ? 0 : 1]!;
  // Nearest first; a leader may cross a line (a thin dotted rule, where words could not), the fewest it can —
  // but a label far off its point is a cost too (a row a unit): a leader only where it reads better than the
  // words over the lines beside the point, whose lines count DATA_UNDER_WORDS times.
  let led: InlineLabel | null = null;
  let crossed = least + DATA_UNDER_WORDS * underWords;
  for (let row = 2; row <= LEADER_ROWS; row += 1) {
    for (const shift of LEADER_SHIFTS) {
      for (const spot of [-row, row].flatMap((k) => besidePoint(point, k * INLINE_ROW, width, shift))) {
        if (!inPlot(spot) || away.data(boxOf(spot)) > 0) continue;
        // The leader weighed in pieces, so a slanting one meets only what lies along it, not its whole box; a dot
        // on its way reads as the dot it names, and counts as the words over a line do.
        const end = leaderEnd(spot);
        const weight = row - 1 + weigh(boxOf(spot)) + leaderPieces(point, end).reduce((sum, piece) => sum + weigh(piece), 0)
          + TEXT_WEIGHT * leaderPieces(point, end, LEADER_CLEARANCE).reduce((sum, piece) => sum + away.dots(piece), 0);
        if (weight < crossed) [led, crossed] = [{ ...spot, led: true }, weight];
      }
    }
  }
  return led ?? best;
}

/** Where a led label's leader meets it: 2 px short of the words' near end, level with them. */
const leaderEnd = (label: { x: number; y: number; anchor: 'start' | 'end' }) => ({ x: label.anchor === 'start' ? label.x - 2 : label.x + 2, y: label.y });

/** A led label's leader (SVG path): from LEADER_GAP px off its point, towards the label, to the words' near end. */
export function inlineLeader(point: { x: number; y: number }, label: { x: number; y: number; anchor: 'start' | 'end' }): string {
  const end = leaderEnd(label);
  const length = Math.hypot(end.x - point.x, end.y - point.y);
  const t = LEADER_GAP / Math.max(length, LEADER_GAP);
  return `M${toTenth(point.x + (end.x - point.x) * t)},${toTenth(point.y + (end.y - point.y) * t)}L${toTenth(end.x)},${toTenth(end.y)}`;
}

/**
 * Where the cursor's readings go. Each plate wants to sit level with its dot on the rule (`plates`, already
 * dodged apart), but a plate sits over the chart like a tooltip, and a dot or a line under it is data the
 * reader cannot see (a label under it, unreadable: it counts as four): so the column may move to either side of
 * the rule and be lifted, whole and in order, a plate's slot at a time, up to the plot's top. The placement
 * covering the least ink wins; on a tie the lowest (nearest its dots), then right of the rule. A side the widest
 * plate would leave the plot on is no option; where neither side is (a phone: the plot is narrower than two
 * readings), null — no plates; the rule's dots stay, each named for assistive technology, and the table lists
 * every milestone.
 */
export function cursorPlacement(
  plates: readonly CursorPlate[], ruleX: number, ink: CursorInk, plot: { left: number; right: number; top: number },
): CursorPlacement | null {
  if (plates.length === 0) return { anchor: 'start', lift: 0 };
  const widest = Math.max(...plates.map((p) => p.width));
  // The plate's far edge with the text's margin inside it, as on the near side.
  const sides = [
    ...(ruleX + PLATE_TEXT_OFFSET + widest <= plot.right ? ['start' as const] : []),
    ...(ruleX - PLATE_TEXT_OFFSET - widest >= plot.left ? ['end' as const] : []),
  ];
  if (sides.length === 0) return null;
  // Only ink within reach of the widest plate can be covered: the rest is never looked at again.
  const near = inkNear(ink, ruleX - PLATE_OFFSET - widest, ruleX + PLATE_OFFSET + widest);
  const highest = Math.min(...plates.map((p) => p.y));
  const lifts = Math.max(0, Math.floor((highest - PLATE_HALF - plot.top) / PLATE_STEP)) + 1;
  // The ink by rows a plate's slot high, so a plate looks only at the rows it can reach: a column of 40 plates
  // filling the plot reaches two rows each, not all 10,000 boxes near the rule on a large file (the layout runs
  // on every step of Play). Rows no plate reaches, lifted or not, are not kept.
  const firstRow = Math.floor((highest - PLATE_HALF - (lifts - 1) * PLATE_STEP) / PLATE_STEP);
  const lastRow = Math.floor((Math.max(...plates.map((p) => p.y)) + PLATE_HALF) / PLATE_STEP);
  const rows: number[][] = Array.from({ length: lastRow - firstRow + 1 }, () => []);
  for (let i = 0; i < near.n; i++) {
    const to = Math.min(lastRow, Math.floor(near.y1[i]! / PLATE_STEP));
    for (let r = Math.max(firstRow, Math.floor(near.y0[i]! / PLATE_STEP)); r <= to; r++) rows[r - firstRow]!.push(i);
  }
  const seen = new Int32Array(near.n).fill(-1);
  let visit = 0;
  // What each side covers at each lift. Lifted k slots, a plate spans (y0 − 17k, y1 − 17k) (its x does not
  // depend on the lift), so it meets a box for the one or two k strictly between (y0 − bottom) / 17 and
  // (y1 − top) / 17 — tried one further each way and tested as drawn, so rounding cannot drop a touch.
  const covered = new Map(sides.map((anchor) => {
    const byLift = new Float64Array(lifts);
    for (const plate of plates) {
      const box = plateBox(ruleX, plate.y, plate.width, anchor);
      visit += 1;
      const to = Math.min(lastRow, Math.floor(box.y1 / PLATE_STEP));
      for (let r = Math.max(firstRow, Math.floor((box.y0 - (lifts - 1) * PLATE_STEP) / PLATE_STEP)); r <= to; r++) {
        for (const i of rows[r - firstRow]!) {
          // A box spanning several rows is met once per plate.
          if (seen[i] === visit || near.x1[i]! <= box.x0 || near.x0[i]! >= box.x1) continue;
          seen[i] = visit;
          const [y0, y1] = [near.y0[i]!, near.y1[i]!];
          const last = Math.min(lifts - 1, Math.ceil((box.y1 - y0) / PLATE_STEP));
          for (let k = Math.max(0, Math.floor((box.y0 - y1) / PLATE_STEP)); k <= last; k++) {
            if (y1 > box.y0 - k * PLATE_STEP && y0 < box.y1 - k * PLATE_STEP) byLift[k]! += near.weight[i]!;
          }
        }
      }
    }
    return [anchor, byLift] as const;
  }));
  let best: CursorPlacement & { cost: number } = { anchor: sides[0]!, lift: 0, cost: Infinity };
  for (let k = 0; k < lifts && best.cost > 0; k++) {
    for (const anchor of sides) {
      const cost = covered.get(anchor)![k]!;
      if (cost < best.cost) best = { anchor, lift: k * PLATE_STEP, cost };
    }
  }
  return { anchor: best.anchor, lift: best.lift };
}
