import { textWidth } from '../../components/textWidth';
import { radiusScale, type PlantMark } from './model';
import { BRAND_RING, formatKeyValue, hasBrandRing, keyEntries, mapKeyLayout, NEW_RING_WIDTH, newRingOffset, outerRadius, plantLabels, sizeKeyValues, symbolExtent, symbolHalfSize, type PlantLabel } from './layout';
import { mapFrame, plantsScene } from './scene';
import { SEED_PLANTS } from './seedPlants.fixture';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

function mark(id: string, x: number, y: number, r: number, extra: Partial<PlantMark> = {}): PlantMark {
  return {
    index: 0, id, unit: 'vehicles', x, y, r, isFaded: false, isNotYet: false, basis: 'stated', isNew: false, fill: 'Renault', ring: null, brands: ['Renault'], label: id, ariaLabel: id,
    ...extra,
  };
}

describe('symbolHalfSize', () => {
  it('keeps a circle’s radius', () => expect(symbolHalfSize('vehicles', 10)).toBe(10));
  it('gives a square the circle’s area', () => expect((2 * symbolHalfSize('engines', 10)) ** 2).toBeCloseTo(Math.PI * 100, 9));
  it('gives a diamond the circle’s area', () => expect(2 * symbolHalfSize('batteries', 10) ** 2).toBeCloseTo(Math.PI * 100, 9));
});

// A shared plant's brand ring and a compared plant's dashed ring sit outside the symbol's own outline (1 px of its
// 2 px planned outline outside), each 1.5 px clear of what is inside it, the same gap on every side of any shape.
describe('rings around a symbol', () => {
  const shared = (extra: Partial<PlantMark> = {}) => mark('a', 100, 100, 10, { ring: 'Nissan', ...extra });
  it('runs the brand ring 3.75 px out (2.5 px wide: 1 + 1.5 + 1.25)', () => expect([BRAND_RING.offset, BRAND_RING.width]).toEqual([3.75, 2.5]));
  it('runs the dashed ring 5 px out, or 7.5 px outside a brand ring (its inner edge 1.5 px clear of the brand ring\'s outer one)', () => {
    expect([newRingOffset(mark('a', 0, 0, 10)), newRingOffset(shared())]).toEqual([5, 7.5]);
    expect(newRingOffset(shared()) - NEW_RING_WIDTH / 2 - (BRAND_RING.offset + BRAND_RING.width / 2)).toBe(1.5);
  });
  it('gives a plant not yet in effect (a dashed placeholder) no brand ring', () => {
    expect([hasBrandRing(shared()), hasBrandRing(shared({ isNotYet: true })), hasBrandRing(mark('a', 0, 0, 10))]).toEqual([true, false, false]);
  });
  it('grows a square by the gap on each side and a diamond\'s half diagonal by √2 × the gap, so the gap is even all round', () => {
    expect(symbolExtent('vehicles', 10, 3) - symbolExtent('vehicles', 10)).toBe(3);
    expect(symbolExtent('engines', 10, 3) - symbolExtent('engines', 10)).toBeCloseTo(3, 12);
    // The diamond's sides run at 45°: the perpendicular gap is the half diagonal's growth over √2.
    expect((symbolExtent('batteries', 10, 3) - symbolExtent('batteries', 10)) / Math.SQRT2).toBeCloseTo(3, 12);
  });
  it('keeps labels clear of the outermost ring: 3 px past it', () => {
    const rightOf = (m: PlantMark) => plantLabels([m], { width: 400, height: 200 })[0]?.x;
    expect([rightOf(mark('a', 100, 100, 10)), rightOf(shared()), rightOf(shared({ isNew: true })), rightOf(mark('a', 100, 100, 10, { isNew: true }))]).toEqual([113, 118, 121.5, 119]);
  });
});

describe('plantLabels', () => {
  const size = { width: 400, height: 200 };
  it('puts a label right of its symbol', () => {
    expect(plantLabels([mark('Tangier', 100, 100, 10)], size)).toEqual([{ id: 'Tangier', text: 'Tangier', x: 113, y: 104.2, anchor: 'start' }]);
  });
  it('moves it left when the right side would leave the map', () => {
    expect(plantLabels([mark('Zama', 390, 100, 5)], size)).toEqual([{ id: 'Zama', text: 'Zama', x: 382, y: 104.2, anchor: 'end' }]);
  });
  it('sends the larger plant’s label left when a neighbour sits to its right', () => {
    const labels = plantLabels([mark('Busan', 200, 100, 8), mark('Zama', 212, 100, 6)], size);
    expect(labels.map((l) => [l.id, l.anchor])).toEqual([['Busan', 'end'], ['Zama', 'start']]);
  });
  // Faded plants stay on the map for context: with Nissan switched off, "Busan" was written over Zama's diamond.
  it('keeps a label off a faded plant, which it does not label', () => {
    const labels = plantLabels([mark('Busan', 200, 100, 8), mark('Zama', 212, 100, 6, { isFaded: true })], size);
    expect(labels.map((l) => [l.id, l.anchor])).toEqual([['Busan', 'end']]);
  });
  it('keeps 4 units between two labels: widths are estimated, and "Tangier" ran into "Busan" on a phone', () => {
    const tangierEnd = 100 + 8 + 3 + textWidth('Tangier', 12, true);
    // Busan's label left of it would end its estimated box 2 units right of Tangier's; right of it, Zama is in the way.
    const busanX = tangierEnd + 2 + 6 + 3 + textWidth('Busan', 12, true);
    const labels = plantLabels([mark('Tangier', 100, 100, 8), mark('Busan', busanX, 100, 6), mark('Zama', busanX + 12, 100, 5)], size);
    expect(labels.slice(0, 2).map((l) => [l.id, l.anchor])).toEqual([['Tangier', 'start'], ['Busan', 'middle']]);
  });
  it('leaves a small plant inside a large one to its tooltip', () => {
    const labels = plantLabels([mark('Chennai', 200, 100, 20), mark('Small', 200, 100, 3)], size);
    expect(labels.map((l) => l.id)).toEqual(['Chennai']);
  });
  it('cuts a label to 160 px where the whole of it has no room, and keeps it whole where it has', () => {
    const long = 'Tangier Mediterranean Free Zone East';
    // 40 px of map right of the symbol and 200 px left of it: the whole name (over 200 px) fits neither side.
    const labels = plantLabels([mark('t', 215, 100, 5, { label: long })], { width: 260, height: 200 });
    expect(labels.map((l) => [l.text, l.anchor])).toEqual([['Tangier Mediterranea…', 'end']]);
    expect(textWidth(labels[0]!.text, 12, true)).toBeLessThanOrEqual(160);
    expect(plantLabels([mark('t', 20, 100, 5, { label: long })], size).map((l) => l.text)).toEqual([long]);
  });
  it('skips faded plants', () => {
    expect(plantLabels([mark('Faded', 100, 100, 10, { isFaded: true })], size)).toEqual([]);
  });
});

describe('sizeKeyValues', () => {
  it('shows 100,000 and 400,000 for the seeds’ largest figure (400,000)', () => {
    expect(sizeKeyValues(radiusScale(SEED_PLANTS, 22))).toEqual([{ value: 100000, r: 11 }, { value: 400000, r: 22 }]);
  });
  it('rounds a largest figure of 380,000 down to 300,000', () => {
    const below400k = SEED_PLANTS.filter((p) => p.capacities.every((c) => c.amount < 400000));
    expect(sizeKeyValues(radiusScale(below400k, 20)).map((s) => s.value)).toEqual([75000, 300000]);
  });
  it('is empty with no capacity', () => {
    expect(sizeKeyValues(radiusScale([], 20).domain([0, 0]))).toEqual([]);
  });
});

describe('keyEntries', () => {
  it('lists unit shapes in use, then planned, not yet, ring and faded', () => {
    const marks = [
      mark('a', 0, 0, 5, { ring: 'Nissan' }),
      mark('b', 0, 0, 5, { unit: 'engines', isNotYet: true }),
      mark('p', 0, 0, 5, { basis: 'planned' }),
      mark('c', 0, 0, 5, { isFaded: true }),
    ];
    expect(keyEntries(marks, 2011, en)).toEqual([
      { symbol: 'vehicles', label: 'vehicles' },
      { symbol: 'engines', label: 'engines' },
      { symbol: 'planned', label: 'outlined: planned capacity' },
      { symbol: 'not-yet', label: 'dashed: not yet in 2011' },
      { symbol: 'ring', label: 'ring: second brand' },
      { symbol: 'faded', label: 'faded: brand not selected' },
    ]);
  });
  it('gives no planned entry when the only planned figure is not yet in effect (it is drawn dashed)', () => {
    expect(keyEntries([mark('a', 0, 0, 5, { basis: 'planned', isNotYet: true })], 2011, en).map((e) => e.symbol)).toEqual(['vehicles', 'not-yet']);
  });
  it('names the dashed ring of plants opened between two compared years, only while comparing and one is shown', () => {
    const marks = [mark('a', 0, 0, 5, { isNew: true }), mark('b', 0, 0, 5, { isNew: true, isFaded: true })];
    expect(keyEntries(marks, 2023, en, [2016, 2023]).map((e) => e.label)).toEqual(['vehicles', 'dashed ring: opened between 2016 and 2023', 'faded: brand not selected']);
    expect(keyEntries(marks, 2023, en).map((e) => e.symbol)).toEqual(['vehicles', 'faded']);
    expect(keyEntries([mark('b', 0, 0, 5, { isNew: true, isFaded: true })], 2023, en, [2016, 2023]).map((e) => e.symbol)).toEqual(['vehicles', 'faded']);
  });
  it('is only the unit when nothing is planned, shared or faded', () => {
    expect(keyEntries([mark('a', 0, 0, 5)], 2023, en)).toEqual([{ symbol: 'vehicles', label: 'vehicles' }]);
  });
});

describe('plantLabels on a phone’s map', () => {
  // A 390 px phone's card holds a 340 px map, a 360 px embed a 336 px one; a 412 px phone's, 366 px.
  const unlabelled = (width: number) => {
    const brands = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
    const filters = { yearRange: [1999, 2023] as const, brands, allBrands: brands, at: 2023 };
    const scene = plantsScene(SEED_PLANTS, filters, mapFrame('world', width), en);
    const labelled = new Set(scene.labels.map((l) => l.id));
    return scene.marks.filter((m) => !m.isFaded && !labelled.has(m.id)).map((m) => m.id);
  };
  it('labels the largest plants first: Togliatti, under the map’s top edge, by a label half a line above its centre', () => {
    // Level with its centre, its label was nearer Busan's circle than its own (by 0.2 px), and went unlabelled.
    expect([unlabelled(366), unlabelled(340)]).toEqual([[], ['busan']]);
    const brands = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
    const scene = plantsScene(SEED_PLANTS, { yearRange: [1999, 2023] as const, brands, allBrands: brands, at: 2023 }, mapFrame('world', 340), en);
    // Its circle at (203.2, 24.3), its brand ring reaching 15.3 px: the label starts 3 px right of the ring, its
    // baseline half a line of the 11 px type above level (24.3 + 0.35 × 11 − 11 / 2 = 22.65, rounded).
    expect(scene.labels.find((l) => l.id === 'togliatti')).toEqual({ id: 'togliatti', text: 'Togliatti', x: 221.5, y: 22.7, anchor: 'start' });
  });
});

describe('mapKeyLayout', () => {
  const sizes = [{ value: 100000, r: 11 }, { value: 400000, r: 22 }];
  it('stands the reference circles on one base line', () => {
    expect(mapKeyLayout(sizes, [], 800, 12, en).circles.map((c) => c.cy + c.r)).toEqual([76, 76]);
  });
  it('pushes the smaller circle’s label down so the two never touch', () => {
    const narrow = [{ value: 100000, r: 5.5 }, { value: 400000, r: 11 }];
    expect(mapKeyLayout(narrow, [], 340, 11, en).circles.map((c) => [c.value, c.labelY])).toEqual([[400000, 34.85], [100000, 47.85]]);
  });
  it('wraps entries into a second row on a narrow chart', () => {
    const entries = [
      { symbol: 'vehicles', label: 'vehicles' },
      { symbol: 'engines', label: 'engines' },
      { symbol: 'batteries', label: 'batteries' },
    ] as const;
    expect([mapKeyLayout(sizes, entries, 300, 11, en), mapKeyLayout(sizes, entries, 400, 11, en)].map((key) => key.items.map((i) => i.y))).toEqual([[18, 18, 36], [18, 18, 18]]);
  });
  it('wraps an entry wider than the room beside the circles onto lines of its own, each ending inside the chart (a 320 px card, in French)', () => {
    const fr = intlFor('fr');
    const entries = [
      { symbol: 'vehicles', label: 'véhicules' },
      { symbol: 'new', label: 'anneau en tirets\u00a0: ouverte entre 2012 et 2017' },
      { symbol: 'batteries', label: 'batteries' },
    ] as const;
    const key = mapKeyLayout(sizes, entries, 296, 11, fr);
    const ends = key.items.flatMap((item) => item.lines.map((line) => item.labelX + textWidth(line, 11)));
    expect(Math.max(...ends)).toBeLessThanOrEqual(296);
    // Rows 18 px apart from 17.5 (rounded), the circles' column 112 px wide: swatches at 118, labels at 128 (16 px
    // after the entry's start, the room the wrap leaves them). The wrapped entry's second line is 14 px (11 + 3)
    // under its first, so the row after it is 18 + 14 px down; the key ends 6 px under that row's middle.
    expect(key.items.map(({ x, y, labelX, lines }) => ({ x, y, labelX, lines }))).toEqual([
      { x: 118, y: 18, labelX: 128, lines: ['véhicules'] },
      { x: 118, y: 36, labelX: 128, lines: ['anneau en tirets\u00a0: ouverte', 'entre 2012 et 2017'] },
      { x: 118, y: 68, labelX: 128, lines: ['batteries'] },
    ]);
    expect([key.lineHeight, key.height]).toEqual([14, 83]);
  });
  it('is as tall as the largest reference circle needs', () => {
    expect(mapKeyLayout(sizes, [], 800, 12, en).height).toBe(82);
  });
});

describe('formatKeyValue', () => {
  it('writes 400,000 as 400K', () => expect(formatKeyValue(400000, en)).toBe('400K'));
  it('writes 1,500,000 as 1.5M, 150万 in Japanese', () => expect([formatKeyValue(1500000, en), formatKeyValue(1500000, intlFor('ja'))]).toEqual(['1.5M', '150万']));
});

describe('plantLabels: where a label goes when its first places are taken', () => {
  const size = { width: 400, height: 200 };
  const labelOf = (labels: ReturnType<typeof plantLabels>, id: string) => labels.find((l) => l.id === id);

  it('labels the larger plant first, whatever the input order', () => {
    // Beta's right-hand label would cover Alpha's: the larger Alpha keeps the right, Beta goes left.
    const labels = plantLabels([mark('Beta', 100, 112, 5, { index: 0 }), mark('Alpha', 100, 100, 6, { index: 1 })], size);
    expect(labels).toEqual([
      { id: 'Alpha', text: 'Alpha', x: 109, y: 104.2, anchor: 'start' },
      { id: 'Beta', text: 'Beta', x: 92, y: 116.2, anchor: 'end' },
    ]);
  });

  it('labels the plant listed first in the dataset first when two are the same size', () => {
    const labels = plantLabels([mark('Beta', 100, 112, 5, { index: 1 }), mark('Alpha', 100, 100, 5, { index: 0 })], size);
    expect(labels).toEqual([
      { id: 'Alpha', text: 'Alpha', x: 108, y: 104.2, anchor: 'start' },
      { id: 'Beta', text: 'Beta', x: 92, y: 116.2, anchor: 'end' },
    ]);
  });

  it('puts the label above the symbol when symbols sit on both sides', () => {
    const labels = plantLabels([mark('Alpha', 200, 100, 10), mark('B', 235, 100, 5, { index: 1 }), mark('C', 165, 100, 5, { index: 2 })], size);
    expect(labelOf(labels, 'Alpha')).toEqual({ id: 'Alpha', text: 'Alpha', x: 200, y: 85, anchor: 'middle' });
  });

  it('puts it below when a symbol sits above too', () => {
    const marks = [mark('Alpha', 200, 100, 10), mark('B', 235, 100, 5, { index: 1 }), mark('C', 165, 100, 5, { index: 2 }), mark('D', 200, 78, 4, { index: 3 })];
    expect(labelOf(plantLabels(marks, size), 'Alpha')).toEqual({ id: 'Alpha', text: 'Alpha', x: 200, y: 125, anchor: 'middle' });
  });

  it('lets a label touch the right and bottom edges of the map', () => {
    // The label's box runs from 3 px right of the symbol to the text's end, and to 2 px under the baseline.
    const edge = { width: 100 + 8 + textWidth('M', 12, true), height: 100 + 12 * 0.35 + 2 };
    expect(plantLabels([mark('M', 100, 100, 5)], edge)).toEqual([{ id: 'M', text: 'M', x: 108, y: 104.2, anchor: 'start' }]);
  });

  it('lets a label touch the top and left edges of the map', () => {
    // Right of the symbol would leave the map, so the label goes left, its box starting at x = 0 and y = 0.
    const x = textWidth('M', 12, true) + 8;
    const y = 12 - 12 * 0.35;
    expect(plantLabels([mark('M', x, y, 5)], { width: x + 10, height: 100 })).toEqual([{ id: 'M', text: 'M', x: Math.round((x - 8) * 10) / 10, y: 12, anchor: 'end' }]);
  });
});

describe('keyEntries: what the key lists', () => {
  it('gives batteries their own entry', () => {
    expect(keyEntries([mark('z', 0, 0, 5, { unit: 'batteries' })], 2020, en).map((e) => e.symbol)).toEqual(['batteries']);
  });

  it('lists planned only for a plant that is shown, not a faded one', () => {
    expect(keyEntries([mark('p', 0, 0, 5, { basis: 'planned', isFaded: true })], 2020, en).map((e) => e.symbol)).toEqual(['vehicles', 'faded']);
  });
});

describe('plant labels on the seed map', () => {
  const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
  /** A label's box as drawn (anchor and baseline), and how far it is from a symbol (0 where they touch). */
  const boxOf = (label: PlantLabel, fontSize: number) => {
    const width = textWidth(label.text, fontSize, true);
    const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { x0, x1: x0 + width, y0: label.y - fontSize, y1: label.y + 2 };
  };
  const gap = (box: ReturnType<typeof boxOf>, m: PlantMark) =>
    Math.max(0, Math.hypot(Math.max(box.x0 - m.x, 0, m.x - box.x1), Math.max(box.y0 - m.y, 0, m.y - box.y1)) - outerRadius(m));

  it('puts every name nearer its own symbol than any other, at phone to export widths and with a compared year (São José dos Pinhais sat by Resende’s circle)', () => {
    const misread: string[] = [];
    for (const width of [390, 635, 713, 1152]) {
      for (const compare of [null, [2012, 2023] as const]) {
        const filters = { yearRange: [1999, 2023] as const, brands: BRANDS, allBrands: BRANDS, compare };
        const scene = plantsScene(SEED_PLANTS, filters, mapFrame('world', width), en);
        for (const label of scene.labels) {
          const own = scene.marks.find((m) => m.id === label.id)!;
          const box = boxOf(label, scene.fontSize);
          const nearer = scene.marks.filter((m) => m !== own && !m.isFaded && gap(box, m) < gap(box, own)).map((m) => m.id);
          if (nearer.length) misread.push(`${width}${compare ? ' vs 2012' : ''}: ${label.id} nearer ${nearer.join()}`);
        }
      }
    }
    expect(misread).toEqual([]);
  });
});
