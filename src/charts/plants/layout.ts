import type { ScalePower } from 'd3-scale';
import { boxAround, boxesOverlap, toTenth, type Box } from '../../components/geometry';
import { textWidth, truncateToWidth } from '../../components/textWidth';
import { flowEntries } from '../../components/flowEntries';
import { SHORT_LABEL_WIDTH, type CapacityUnit, type PlantMark } from './model';
import type { IntlShape } from 'react-intl';
import { formatsOf } from '../../i18n/format';
import { PLANNED_OUTLINE_WIDTH } from './paint';

/** Half the side of a square, or half the diagonal of a diamond, with the same area as a circle of radius r. */
export function symbolHalfSize(unit: CapacityUnit, r: number): number {
  if (unit === 'engines') return (r * Math.sqrt(Math.PI)) / 2;
  if (unit === 'batteries') return r * Math.sqrt(Math.PI / 2);
  return r;
}

/** A direct label: text anchored at (x, y) baseline. */
export interface PlantLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}


/**
 * How far a symbol of `unit` reaches from its centre along the axes, grown by `grow` px on every side: a circle's
 * radius, a square's half side, a diamond's half diagonal (which grows by √2 for the same gap). It is half the side
 * of the box around the symbol, its ring (grown by the ring's offset) or a stroke's outer edge (by half the stroke).
 */
export function symbolExtent(unit: CapacityUnit, r: number, grow = 0): number {
  return symbolHalfSize(unit, r) + (unit === 'batteries' ? grow * Math.SQRT2 : grow);
}

/** Room between a symbol's own outline (PLANNED_OUTLINE_WIDTH, half of it outside) and the first ring around it. */
const RING_CLEARANCE = 1.5;
const OUTLINE_REACH = PLANNED_OUTLINE_WIDTH / 2;
const BRAND_RING_WIDTH = 2.5;
/**
 * A shared plant's ring in its second brand's colour (PlantSymbols), apart from the symbol's own outline: its
 * stroke width, and how far outside the symbol its centre line runs.
 */
export const BRAND_RING = { width: BRAND_RING_WIDTH, offset: OUTLINE_REACH + RING_CLEARANCE + BRAND_RING_WIDTH / 2 } as const;
const BRAND_RING_REACH = BRAND_RING.offset + BRAND_RING.width / 2;
/** The dashed ring's stroke width (a plant opened between the compared years), and its room from the symbol alone. */
export const NEW_RING_WIDTH = 2;
const NEW_RING_GAP = 4;

/** A plant drawn with its second brand's ring: shared, and with a figure (one not yet in effect is a dashed placeholder). */
export const hasBrandRing = (mark: PlantMark) => mark.ring !== null && !mark.isNotYet;

/** How far outside its symbol the dashed ring of a plant opened between the compared years runs: outside the brand ring, if any. */
export function newRingOffset(mark: PlantMark): number {
  return (hasBrandRing(mark) ? BRAND_RING_REACH + RING_CLEARANCE : NEW_RING_GAP) + NEW_RING_WIDTH / 2;
}

/** A symbol's reach along the axes, with its outermost ring (half its stroke outside) where it has one. */
export function outerRadius(mark: PlantMark): number {
  const grow = mark.isNew ? newRingOffset(mark) + NEW_RING_WIDTH / 2 : hasBrandRing(mark) ? BRAND_RING_REACH : 0;
  return symbolExtent(mark.unit, mark.r, grow);
}

function labelCandidates(mark: PlantMark, text: string, fontSize: number): (PlantLabel & { box: Box })[] {
  const width = textWidth(text, fontSize, true);
  const gap = outerRadius(mark) + 3;
  const base = { id: mark.id, text };
  const mid = mark.y + fontSize * 0.35;
  // Right of the symbol, then left, with the text's baseline at `y`.
  const beside = (y: number): (PlantLabel & { box: Box })[] => [
    { ...base, x: mark.x + gap, y, anchor: 'start', box: { x0: mark.x + gap, y0: y - fontSize, x1: mark.x + gap + width, y1: y + 2 } },
    { ...base, x: mark.x - gap, y, anchor: 'end', box: { x0: mark.x - gap - width, y0: y - fontSize, x1: mark.x - gap, y1: y + 2 } },
  ];
  return [
    ...beside(mid),
    { ...base, x: mark.x, y: mark.y - gap - 2, anchor: 'middle', box: { x0: mark.x - width / 2, y0: mark.y - gap - 2 - fontSize, x1: mark.x + width / 2, y1: mark.y - gap } },
    { ...base, x: mark.x, y: mark.y + gap + fontSize, anchor: 'middle', box: { x0: mark.x - width / 2, y0: mark.y + gap, x1: mark.x + width / 2, y1: mark.y + gap + fontSize + 2 } },
    // Then beside it half a line higher, or lower: on a phone's map Togliatti, its largest circle, sits under the
    // map's top edge between Tangier's circle and Busan's, and level with it its label was nearer Busan's.
    ...beside(mid - fontSize / 2),
    ...beside(mid + fontSize / 2),
  ];
}

/** How far a label's box is from a plant's symbol (0 where they overlap). */
function distanceToSymbol(box: Box, mark: PlantMark): number {
  const dx = Math.max(box.x0 - mark.x, 0, mark.x - box.x1);
  const dy = Math.max(box.y0 - mark.y, 0, mark.y - box.y1);
  return Math.max(0, Math.hypot(dx, dy) - outerRadius(mark));
}

/**
 * Room kept between two labels: their widths are estimated (textWidth), and a wide font ran "Tangier" into
 * "Busan" on a phone where the estimates left 2 units.
 */
const LABEL_GAP = 4;

/**
 * City labels for the largest shown plants, each placed right, left, above or below its symbol (and its ring),
 * else right or left half a line up or down, where it overlaps no other label and no other symbol (a faded one too), is nearer its own than any other, and stays inside width × height — whole, or else cut to
 * SHORT_LABEL_WIDTH; the rest go unlabelled.
 */
export function plantLabels(marks: readonly PlantMark[], size: { width: number; height: number }, fontSize = 12): PlantLabel[] {
  const shown = marks.filter((m) => !m.isFaded);
  // Every symbol is in a label's way, a faded one too (it stays for context): "Busan" hid Zama's diamond.
  const symbols = marks.map((m) => ({ mark: m, box: boxAround(m, outerRadius(m)) }));
  const taken: Box[] = [];
  const labels: PlantLabel[] = [];
  for (const mark of [...shown].sort((a, b) => b.r - a.r || a.index - b.index)) {
    // Nearer its own symbol than any other: right of São José dos Pinhais's circle, 2 px from Resende's, which
    // overlaps it, "São José dos Pinhais" read as Resende's name.
    const isFree = ({ box }: { box: Box }) => {
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height || taken.some((t) => boxesOverlap(t, box, LABEL_GAP))) return false;
      const own = distanceToSymbol(box, mark);
      return !symbols.some((s) => s.mark.id !== mark.id && (boxesOverlap(s.box, box) || distanceToSymbol(box, s.mark) < own));
    };
    // The cut text is measured only for a label that found no room whole.
    const fits =
      labelCandidates(mark, mark.label, fontSize).find(isFree) ??
      labelCandidates(mark, truncateToWidth(mark.label, SHORT_LABEL_WIDTH, fontSize, true), fontSize).find(isFree);
    if (!fits) continue;
    const { box, ...label } = fits;
    taken.push(box);
    labels.push({ ...label, x: toTenth(label.x), y: toTenth(label.y) });
  }
  return labels;
}

/** Reference capacities for the size key: the largest plant's capacity rounded down to 1 significant digit, and a quarter of it. */
export function sizeKeyValues(radius: ScalePower<number, number>): { value: number; r: number }[] {
  const largest = radius.domain()[1] ?? 0;
  if (largest <= 0) return [];
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const top = Math.floor(largest / magnitude) * magnitude;
  return [top / 4, top].map((value) => ({ value, r: toTenth(radius(value)) }));
}

export type KeySymbol = 'vehicles' | 'engines' | 'batteries' | 'planned' | 'not-yet' | 'ring' | 'new' | 'faded';

/** A key entry: a small symbol and its label, placed with the symbol centred at (x, y), the label on one line or more. */
export interface KeyItem {
  symbol: KeySymbol;
  label: string;
  lines: string[];
  /** The swatch's centre; the label's lines start at `labelX`, past it. */
  x: number;
  y: number;
  labelX: number;
}

/** Everything the map key draws, in px from the key's top-left corner. */
export interface MapKeyLayout {
  height: number;
  title: { text: string; x: number; y: number };
  /** Reference circles sharing one base line, with their label positions. */
  circles: { value: number; r: number; cx: number; cy: number; labelX: number; labelY: number }[];
  items: KeyItem[];
  /** From one line of a wrapped entry's label to the next. */
  lineHeight: number;
}

const KEY_TOP = 12;
const ROW = 18;
/** An entry's room before its label, and half its swatch (drawn about its centre). */
const SYMBOL_SPACE = 16;
const SWATCH_HALF = 6;

/**
 * The key under the map: reference circles (area ∝ capacity) on the left, then symbol entries flowed into
 * rows that fit the width.
 */
export function mapKeyLayout(
  sizes: readonly { value: number; r: number }[],
  entries: readonly { symbol: KeySymbol; label: string }[],
  width: number,
  fontSize: number,
  intl: IntlShape,
): MapKeyLayout {
  const title = intl.formatMessage({ id: 'plants.key.title' });
  const rTop = Math.max(0, ...sizes.map((s) => s.r));
  const base = KEY_TOP + fontSize + 8 + rTop * 2;
  const cx = rTop + 1;
  // Labels sit level with each circle's top, largest first, pushed down so they never touch.
  const circles = [...sizes].sort((a, b) => b.r - a.r).reduce<MapKeyLayout['circles']>((placed, s) => {
    const previous = placed[placed.length - 1];
    const labelY = Math.max(base - s.r * 2 + fontSize * 0.35, previous ? previous.labelY + fontSize + 2 : -Infinity);
    return [...placed, { ...s, cx, cy: base - s.r, labelX: cx + rTop + 8, labelY }];
  }, []);
  const longest = Math.max(0, ...sizes.map((s) => textWidth(formatKeyValue(s.value, intl), fontSize)));
  const columnWidth = Math.max(cx + rTop + 8 + longest, textWidth(title, fontSize));
  const x0 = Math.round(columnWidth + 24);
  const lineHeight = fontSize + 3;
  const top = KEY_TOP + fontSize * 0.5;
  const flow = flowEntries(entries, width - x0, (text) => textWidth(text, fontSize), { symbol: SYMBOL_SPACE, gap: 14, row: ROW, line: lineHeight });
  const items = flow.entries.map(({ item, x, y, lines }): KeyItem => ({ ...item, lines, x: Math.round(x0 + x + SWATCH_HALF), y: Math.round(top + y), labelX: Math.round(x0 + x + SYMBOL_SPACE) }));
  const itemsBottom = entries.length ? top + flow.height - ROW / 2 : 0;
  return { height: Math.ceil(Math.max(base, itemsBottom) + 6), title: { text: title, x: 0, y: KEY_TOP + fontSize * 0.35 }, circles, items, lineHeight };
}

/** "400K" · "400 k" · "40万": a reference circle's value. */
export function formatKeyValue(value: number, intl: IntlShape): string {
  return formatsOf(intl).compact(value);
}

const UNIT_KEYS: readonly KeySymbol[] = ['vehicles', 'engines', 'batteries'];

/**
 * The key entries for what is drawn: each unit shape in use, then planned, not yet, two-brand ring, the dashed
 * ring of plants opened between two compared years (`compare`) and faded, if any.
 */
export function keyEntries(marks: readonly PlantMark[], endYear: number, intl: IntlShape, compare: readonly [number, number] | null = null): { symbol: KeySymbol; label: string }[] {
  const shown = marks.filter((m) => !m.isFaded);
  const entries: { symbol: KeySymbol; label: string }[] = UNIT_KEYS.filter((unit) => marks.some((m) => m.unit === unit)).map((unit) => ({
    symbol: unit,
    label: intl.formatMessage({ id: 'plants.unitWord' }, { unit }),
  }));
  if (shown.some((m) => m.basis === 'planned' && !m.isNotYet)) entries.push({ symbol: 'planned', label: intl.formatMessage({ id: 'plants.key.planned' }) });
  if (shown.some((m) => m.isNotYet)) entries.push({ symbol: 'not-yet', label: intl.formatMessage({ id: 'plants.key.notYet' }, { year: endYear }) });
  if (shown.some(hasBrandRing)) entries.push({ symbol: 'ring', label: intl.formatMessage({ id: 'plants.key.ring' }) });
  if (compare && shown.some((m) => m.isNew)) entries.push({ symbol: 'new', label: intl.formatMessage({ id: 'plants.key.new' }, { from: compare[0], to: compare[1] }) });
  if (marks.some((m) => m.isFaded)) entries.push({ symbol: 'faded', label: intl.formatMessage({ id: 'plants.key.faded' }) });
  return entries;
}
