// Geometry for the ownership diagram: hand-placed slots per company (others are placed by autoPlace.ts), box sizes from estimated text
// widths, and edge curves between boxes. Pure: no React, DOM or dataset access.

import { textWidth, truncateToWidth } from '../../components/textWidth';
import { toTenth, type Box, type Point } from '../../components/geometry';
import { ownValue } from '../../data/ownValue';

export type LayoutName = 'wide' | 'narrow';

export interface LayoutSpec {
  width: number;
  height: number;
  /** Centre of each known company's box. */
  slots: Readonly<Record<string, Point>>;
  /**
   * Where to break a company's label in this layout, when the default split does not suit it. Such a break
   * holds only for the label it spells: a translated label splits by its own words.
   */
  lines: Readonly<Record<string, readonly string[]>>;
  /** Half the gap between the two curves of a cross-shareholding, by sorted "a|b" pair. */
  bends: Readonly<Record<string, number>>;
  /** Changes written in their short form ("15% → voting"): a phone's diagram has little room beside a line. */
  shortLabels: boolean;
}

/** Font sizes in viewBox units: at the narrowest width each layout is drawn at, all stay ≥ 11px. */
export const FONT = { member: 15, node: 14, label: 13, group: 13 } as const;
const LINE_HEIGHT = 1.2;
const PAD_X = 9;
const PAD_Y = 7;
/** Arrowhead sizes (userSpaceOnUse): thick lines get the large one so the head stays wider than the line. */
export const ARROWS = { small: { length: 9, width: 9 }, large: { length: 12, width: 13 } } as const;
export type ArrowSize = keyof typeof ARROWS;
/** Lines at least this wide (viewBox units) get the large arrowhead. */
export const LARGE_ARROW_FROM = 3.5;
/** Space between an edge's ends and the boxes it joins. */
const END_GAP = 3;

// Wide: members in a central band (Renault left, RNBV between, Nissan right, Mitsubishi below Nissan),
// Renault's other holders and holdings on the left, the 2010–2021 Daimler / AvtoVAZ structure along the
// top, the purchasing company AvtoVAZ shared with RNPO above it, and AESC with NEC at the bottom. Geely
// (2023 only) reuses the AvtoVAZ slot (2008–2021), so the default year has no empty band; placeNodes moves
// one aside when a comparison shows both. Horse has its own slot under Alliance Rostec, because comparing
// 2016 with 2023 draws both, and RNPO sits right of the purchasing company so their stake's label fits. The
// Alliance–Daimler joint venture in Mexico (2014–2020) sits above the Alliance–Daimler pair, level with RNPO.
const WIDE: LayoutSpec = {
  width: 720,
  height: 552,
  shortLabels: false,
  slots: {
    renault: { x: 228, y: 302 },
    rnbv: { x: 368, y: 302 },
    nissan: { x: 508, y: 302 },
    mitsubishi: { x: 508, y: 422 },
    'nissan-dongfeng-jv': { x: 672, y: 302 },
    dongfeng: { x: 672, y: 210 },
    ampere: { x: 672, y: 422 },
    'french-state': { x: 72, y: 302 },
    'renault-korea': { x: 84, y: 210 },
    avtovaz: { x: 74, y: 110 },
    geely: { x: 74, y: 110 },
    'alliance-rostec': { x: 236, y: 110 },
    horse: { x: 210, y: 132 },
    'renault-nissan-alliance': { x: 430, y: 110 },
    daimler: { x: 640, y: 110 },
    'aguascalientes-jv': { x: 540, y: 30 },
    'common-purchasing': { x: 170, y: 40 },
    rnpo: { x: 360, y: 40 },
    nec: { x: 140, y: 520 },
    aesc: { x: 300, y: 520 },
  },
  lines: { 'french-state': ['French', 'State'], 'renault-korea': ['Renault', 'Korea'] },
  bends: { 'nissan|renault': 62, 'daimler|renault-nissan-alliance': 20 },
};

// Narrow: the members down a spine left of centre, with Renault's other holders and holdings above and left,
// the 2010–2021 Daimler / AvtoVAZ structure on the right: the "Renault–Nissan Alliance" box in a row of its
// own between the top band and the members, Daimler level with it on the right (their two stakes curve
// above and below the line between them), and their 50:50 joint venture below Daimler, beside the members,
// so that the three stakes of that triangle cross nothing. AvtoVAZ sits left of centre, so Renault's 25%
// (2008–2011) passes left of the Alliance box. The purchasing company is on top, AESC and NEC at the bottom.
// Geely (2023) takes AvtoVAZ's place and Horse (2023) Daimler's, as they came after those left.
const NARROW: LayoutSpec = {
  width: 360,
  height: 848,
  shortLabels: true,
  slots: {
    geely: { x: 150, y: 96 },
    avtovaz: { x: 155, y: 115 },
    'renault-korea': { x: 70, y: 196 },
    'french-state': { x: 40, y: 296 },
    'alliance-rostec': { x: 300, y: 200 },
    'renault-nissan-alliance': { x: 200, y: 320 },
    daimler: { x: 322, y: 320 },
    horse: { x: 322, y: 320 },
    'aguascalientes-jv': { x: 318, y: 440 },
    renault: { x: 150, y: 410 },
    rnbv: { x: 150, y: 514 },
    nissan: { x: 150, y: 618 },
    'nissan-dongfeng-jv': { x: 314, y: 618 },
    dongfeng: { x: 314, y: 690 },
    // Ampere (2023) sits between the joint venture's place (2014–2020) and the China JV.
    ampere: { x: 306, y: 562 },
    mitsubishi: { x: 150, y: 738 },
    'common-purchasing': { x: 170, y: 28 },
    rnpo: { x: 48, y: 96 },
    aesc: { x: 270, y: 810 },
    nec: { x: 150, y: 810 },
  },
  lines: {
    'renault-nissan-alliance': ['Renault–', 'Nissan', 'Alliance'],
    'french-state': ['French', 'State'],
    'renault-korea': ['Renault', 'Korea'],
    'aguascalientes-jv': ['Mexico', 'JV'],
  },
  bends: { 'nissan|renault': 62, 'daimler|renault-nissan-alliance': 22 },
};

export const LAYOUTS: Readonly<Record<LayoutName, LayoutSpec>> = { wide: WIDE, narrow: NARROW };

/** The layout for a drawing width in CSS pixels: wide only where its 13-unit labels stay ≥ 11px. */
export function layoutForWidth(width: number): LayoutName {
  return width >= 620 ? 'wide' : 'narrow';
}

/** Widest label line in a company's box, in viewBox units: a longer name ends in "…" (the tooltip, the accessible name and the table give it whole). */
export const MAX_NODE_LINE = 140;

/**
 * The lines drawn in a company's box for its label (its short name, or its name without the parenthesis):
 * the layout's break where it spells this label; else, where the layout breaks the English label or the label
 * is longer than 14 characters, the label in two; else one line. Each line is cut to MAX_NODE_LINE (measured
 * as a member's bold).
 */
export function nodeLines(layout: LayoutSpec, id: string, label: string): readonly string[] {
  const override = ownValue(layout.lines, id);
  if (override && spells(override, label)) return override;
  // Over 14 characters a name takes two lines even where one would fit (boxes stay compact); a shorter one
  // too wide for a line ("Achats communs" in bold) takes two rather than being cut short.
  const lines = override || label.length > 14 || textWidth(label, FONT.member, true) > MAX_NODE_LINE ? inTwo(label) : [label];
  return lines.map((line) => truncateToWidth(line, MAX_NODE_LINE, FONT.member, true));
}

/**
 * A label in two lines: at the middle word (the first line taking the odd one), or, for Japanese written
 * without spaces, where kana meets kanji nearest the middle ("メキシコ" "合弁"); one line where it has neither.
 */
function inTwo(label: string): string[] {
  const words = label.split(' ');
  if (words.length >= 2) {
    const half = Math.ceil(words.length / 2);
    return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
  }
  const chars = [...label];
  let at = -1;
  for (let i = 1; i < chars.length; i += 1) {
    const [before, after] = [scriptOf(chars[i - 1]!), scriptOf(chars[i]!)];
    const isBreak = before !== after && before !== 'other' && after !== 'other';
    if (isBreak && (at === -1 || Math.abs(i - chars.length / 2) < Math.abs(at - chars.length / 2))) at = i;
  }
  return at === -1 ? [label] : [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

/** Kana (with the long-vowel mark), kanji, or anything else. */
function scriptOf(char: string): 'kana' | 'kanji' | 'other' {
  const code = char.codePointAt(0)!;
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x4e00 && code <= 0x9fff) return 'kanji';
  return 'other';
}

/** Whether lines are a break of the label: the same characters, spaces aside ("Renault–" "Nissan" is "Renault–Nissan"). */
const spells = (lines: readonly string[], label: string) => lines.join('') === label.replaceAll(' ', '');

/** Room kept between a box and the drawing's side (half its outline, and a little air). */
const SIDE_MARGIN = 2;

/**
 * A slot moved just enough for the box of these lines to stay inside the drawing, with that box: sideways, as
 * slots are placed for the English labels and a translation can be wider (a Japanese label with no place to
 * break it); down from the top, as a compared company gone since is a line taller ("ended 2022").
 */
export function boxInside(slot: Point, lines: readonly string[], isMember: boolean, width: number): { center: Point; box: Box } {
  const box = nodeBox(slot, lines, isMember);
  const shift = box.x0 < SIDE_MARGIN ? SIDE_MARGIN - box.x0 : box.x1 > width - SIDE_MARGIN ? width - SIDE_MARGIN - box.x1 : 0;
  const drop = box.y0 < SIDE_MARGIN ? SIDE_MARGIN - box.y0 : 0;
  if (shift === 0 && drop === 0) return { center: slot, box };
  const center = { x: slot.x + shift, y: slot.y + drop };
  return { center, box: nodeBox(center, lines, isMember) };
}

/** The box around a company's label lines, centred on its slot. */
export function nodeBox(center: Point, lines: readonly string[], isMember: boolean): Box {
  const size = isMember ? FONT.member : FONT.node;
  const width = Math.max(...lines.map((line) => textWidth(line, size, isMember))) + PAD_X * 2;
  const height = lines.length * size * LINE_HEIGHT + PAD_Y * 2;
  return { x0: center.x - width / 2, y0: center.y - height / 2, x1: center.x + width / 2, y1: center.y + height / 2 };
}

/** Baseline y of each label line in a box, so the block is centred vertically. */
export function lineBaselines(box: Box, count: number, fontSize: number): number[] {
  const lineHeight = fontSize * LINE_HEIGHT;
  const top = (box.y0 + box.y1) / 2 - (count * lineHeight) / 2;
  return Array.from({ length: count }, (_, i) => top + i * lineHeight + fontSize * 0.92);
}


const centerOf = (box: Box): Point => ({ x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 });

/** The point where a ray from the box's centre towards `toward` leaves the box, pushed out by `gap`. */
function boxExit(box: Box, toward: Point, gap: number): Point {
  const c = centerOf(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const length = Math.hypot(dx, dy) || 1;
  const t = Math.min(dx === 0 ? Infinity : (box.x1 - c.x) / Math.abs(dx), dy === 0 ? Infinity : (box.y1 - c.y) / Math.abs(dy));
  return { x: c.x + dx * t + (dx / length) * gap, y: c.y + dy * t + (dy / length) * gap };
}

export interface EdgeShape {
  /** SVG path data; ends where the arrowhead's base sits. */
  path: string;
  /** Middle of the drawn curve, where the label goes. */
  mid: Point;
  /** Points along the curve, for collision checks. */
  samples: Point[];
  /** Around the arrowhead, which a label must not cover: it says which way the stake runs. */
  head: Box;
}

/**
 * A quadratic curve from one box to another; `bend` moves its middle sideways (to the left of the
 * direction of travel), so a reverse edge with the same bend lies on the other side.
 */
export function edgeShape(from: Box, to: Box, bend: number, arrow: { length: number; width: number }): EdgeShape {
  const arrowLength = arrow.length;
  const a = centerOf(from);
  const b = centerOf(to);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
  const control = { x: (a.x + b.x) / 2 + normal.x * bend * 2, y: (a.y + b.y) / 2 + normal.y * bend * 2 };
  const start = boxExit(from, control, END_GAP);
  const tip = boxExit(to, control, END_GAP);
  const back = Math.hypot(control.x - tip.x, control.y - tip.y) || 1;
  const end = { x: tip.x + ((control.x - tip.x) / back) * arrowLength, y: tip.y + ((control.y - tip.y) / back) * arrowLength };
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * tip.x,
    y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * tip.y,
  });
  const path =
    bend === 0
      ? `M${toTenth(start.x)},${toTenth(start.y)}L${toTenth(end.x)},${toTenth(end.y)}`
      : `M${toTenth(start.x)},${toTenth(start.y)}Q${toTenth(control.x)},${toTenth(control.y)} ${toTenth(end.x)},${toTenth(end.y)}`;
  const samples = Array.from({ length: 21 }, (_, i) => at(i / 20));
  // A straight edge's label sits mid-way along the visible line, between box and arrowhead.
  const mid = bend === 0 ? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } : at(0.5);
  const half = arrow.width / 2;
  const head = { x0: Math.min(tip.x, end.x) - half, y0: Math.min(tip.y, end.y) - half, x1: Math.max(tip.x, end.x) + half, y1: Math.max(tip.y, end.y) + half };
  return { path, mid, samples, head };
}

/** The box a label of `text` takes, centred on `at`. */
export function labelBox(at: Point, text: string): Box {
  const width = textWidth(text, FONT.label, true) + 6;
  const height = FONT.label + 3;
  return { x0: at.x - width / 2, y0: at.y - height / 2, x1: at.x + width / 2, y1: at.y + height / 2 };
}
