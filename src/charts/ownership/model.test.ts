import { freeSpot } from './autoPlace';
import { intlFor } from '../../i18n/intl';
import { localisedDataset } from '../../data/useLocalisedDataset';
import type { Dataset, Ownership } from '../../data/schema';
import { dataset } from '../../test/renderWithProviders';
import fc from 'fast-check';
import { daciaDataset } from '../../test/daciaDataset';
import { ownershipChanges } from './compare';
import { drawsInferredEnd } from './compareText';
import { boxesOverlap, type Box, type Point } from '../../components/geometry';
import { LAYOUTS, layoutForWidth, type LayoutName } from './layout';
import {
  brandsDrawn,
  contentCropped,
  dimmedMarks,
  eventsInYear,
  formatInvestment,
  isStakeActive,
  ownershipChangeYears,
  ownershipDiagram,
  stakeLabel,
  stakesActiveIn,
  strokeWidthForPercent,
  type OwnershipDiagram,
  yearContents,
} from './model';

const en = intlFor('en');

// Figures checked by hand against /work/shared/seeds (wiki-alliance and the 2023 joint-projects article).
const stakesIn = (year: number) =>
  stakesActiveIn(dataset.ownership, year).map(({ stake, index }) => [index, stake.holder, stake.held, stake.percent, stake.voting]);

const stake = (overrides: Partial<Ownership>): Ownership => ({
  holder: 'renault',
  held: 'nissan',
  percent: 10,
  voting: true,
  from: 2005,
  to: null,
  source: 'wiki-alliance',
  ...overrides,
});

describe('stakesActiveIn', () => {
  it('holds only Renault’s 36.8% of Nissan in 1999', () => {
    expect(stakesIn(1999)).toEqual([[0, 'renault', 'nissan', 36.8, null]]);
  });

  it('has the 2001 cross-shareholding: 43.4% voting one way, 15% non-voting the other', () => {
    expect(stakesIn(2001)).toEqual([
      [1, 'renault', 'nissan', 43.4, true],
      [3, 'nissan', 'renault', 15, false],
      [14, 'renault', 'renault-korea', null, null],
    ]);
  });

  it('has Mitsubishi, Daimler, the French State, AvtoVAZ’s holding company and the Mexican joint venture in 2016', () => {
    expect(stakesIn(2016)).toEqual([
      [1, 'renault', 'nissan', 43.4, true],
      [3, 'nissan', 'renault', 15, false],
      [5, 'nissan', 'mitsubishi', 34, true],
      [6, 'daimler', 'renault-nissan-alliance', 3.1, null],
      [7, 'renault-nissan-alliance', 'daimler', null, null],
      [10, 'renault-nissan-alliance', 'alliance-rostec', 67.13, true],
      [11, 'alliance-rostec', 'avtovaz', null, true],
      [12, 'renault', 'rnbv', 50, null],
      [13, 'nissan', 'rnbv', 50, null],
      [14, 'renault', 'renault-korea', null, null],
      [21, 'nissan', 'nissan-dongfeng-jv', null, null],
      [22, 'dongfeng', 'nissan-dongfeng-jv', null, null],
      [23, 'rnpo', 'common-purchasing', null, null],
      [24, 'avtovaz', 'common-purchasing', null, null],
      [25, 'nissan', 'aesc', null, null],
      [26, 'nec', 'aesc', null, null],
      [27, 'renault-nissan-alliance', 'renault-korea', null, null],
      [28, 'renault-nissan-alliance', 'aguascalientes-jv', 50, null],
      [29, 'daimler', 'aguascalientes-jv', 50, null],
      [30, 'french-state', 'renault', null, null],
    ]);
  });

  it('has the Alliance controlling AvtoVAZ’s holding company from 2012, with 67.13% only from mid-2014', () => {
    const rostec = (year: number) => stakesIn(year).filter(([, , held]) => held === 'alliance-rostec');
    expect([rostec(2011), rostec(2013), rostec(2014)]).toEqual([
      [],
      [[20, 'renault-nissan-alliance', 'alliance-rostec', null, true]],
      [[10, 'renault-nissan-alliance', 'alliance-rostec', 67.13, true]],
    ]);
  });

  it('drops Daimler’s exchange in 2021 (its `to` is exclusive)', () => {
    expect(stakesIn(2021).map(([index]) => index)).toEqual([1, 3, 5, 10, 11, 12, 13, 14, 21, 22, 23, 24, 25, 26, 27, 30]);
  });

  it('has the 2023 rebalancing: 15% each way, both voting', () => {
    expect(stakesIn(2023)).toEqual([
      [2, 'renault', 'nissan', 15, true],
      [4, 'nissan', 'renault', 15, true],
      [5, 'nissan', 'mitsubishi', 34, true],
      [12, 'renault', 'rnbv', 50, null],
      [13, 'nissan', 'rnbv', 50, null],
      [14, 'renault', 'renault-korea', null, null],
      [15, 'geely', 'renault-korea', 34, null],
      [16, 'nissan', 'ampere', null, null],
      [17, 'mitsubishi', 'ampere', null, null],
      [18, 'renault', 'horse', null, null],
      [19, 'geely', 'horse', null, null],
      [21, 'nissan', 'nissan-dongfeng-jv', null, null],
      [22, 'dongfeng', 'nissan-dongfeng-jv', null, null],
      [25, 'nissan', 'aesc', null, null],
      [26, 'nec', 'aesc', null, null],
      [27, 'renault-nissan-alliance', 'renault-korea', null, null],
      [30, 'french-state', 'renault', null, null],
    ]);
  });

  it('is empty before the Alliance', () => {
    expect(stakesIn(1998)).toEqual([]);
  });

  it('counts a stake held for one year in that year only', () => {
    const oneYear = stake({ from: 2005, to: 2006 });
    expect([2004, 2005, 2006].map((y) => isStakeActive(oneYear, y))).toEqual([false, true, false]);
  });
});

describe('ownershipChangeYears', () => {
  it('lists every year a stake began or ended, 1999–2023', () => {
    expect(ownershipChangeYears(dataset.ownership, [1999, 2023])).toEqual([1999, 2000, 2001, 2002, 2008, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2021, 2022, 2023]);
  });

  it('leaves out years outside the domain', () => {
    expect(ownershipChangeYears([stake({ from: 1990, to: 2030 }), stake({ from: 2005 })], [1999, 2023])).toEqual([2005]);
  });

  it('is empty with no stakes', () => {
    expect(ownershipChangeYears([], [1999, 2023])).toEqual([]);
  });
});

describe('stakeLabel', () => {
  it('gives the percent', () => {
    expect(stakeLabel(dataset.ownership[1]!, en)).toBe('43.4%');
  });

  it('prefers the percent to the investment', () => {
    expect(stakeLabel(dataset.ownership[10]!, en)).toBe('67.13%');
  });

  it('gives the investment where there is no percent', () => {
    expect(stakeLabel(dataset.ownership[16]!, en)).toBe('€600M');
  });

  it('says "stake" where there is no figure at all', () => {
    expect(stakeLabel(dataset.ownership[14]!, en)).toBe('stake');
  });

  it('writes billions with B, and money as each language writes it', () => {
    const rostec = { amount: 23_000_000_000, currency: 'RUB' } as const;
    expect([formatInvestment(rostec, intlFor('en')), formatInvestment(rostec, intlFor('fr')).replace(/\u00a0|\u202f/g, ' '), formatInvestment(rostec, intlFor('ja'))]).toEqual(['₽23B', '23 Md ₽', '₽230億']);
  });
});

describe('strokeWidthForPercent', () => {
  it('scales linearly from 1.5 at 0% to 9 at 100%', () => {
    expect([0, 43.4, 100].map((p) => strokeWidthForPercent(p))).toEqual([1.5, 4.755, 9]);
  });
});

const ids = (d: OwnershipDiagram) => d.nodes.map((n) => n.id);
const edgeOf = (d: OwnershipDiagram, index: number) => d.edges.find((e) => e.index === index)!;

describe('ownershipDiagram', () => {
  it('draws Renault and Nissan joined by one straight arrow in 1999', () => {
    const d = ownershipDiagram(dataset, 1999, 'wide', null, en, freeSpot);
    expect([ids(d), d.edges.map((e) => [e.index, e.label, e.path.includes('Q')])]).toEqual([['renault', 'nissan'], [[0, '36.8%', false]]]);
  });

  it('draws Mitsubishi from 2016, not before', () => {
    expect([2015, 2016].map((y) => ids(ownershipDiagram(dataset, y, 'wide', null, en, freeSpot)).includes('mitsubishi'))).toEqual([false, true]);
  });

  it('draws the 2016 companies in dataset order', () => {
    expect(ids(ownershipDiagram(dataset, 2016, 'wide', null, en, freeSpot))).toEqual([
      'renault', 'nissan', 'mitsubishi', 'renault-nissan-alliance', 'rnbv', 'avtovaz', 'alliance-rostec', 'renault-korea', 'french-state', 'daimler', 'dongfeng',
      'nissan-dongfeng-jv', 'rnpo', 'common-purchasing', 'nec', 'aesc', 'aguascalientes-jv',
    ]);
  });

  it('labels the 2017 Renault stake 43.4% and the 2023 one 15%', () => {
    expect([edgeOf(ownershipDiagram(dataset, 2017, 'wide', null, en, freeSpot), 1).label, edgeOf(ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot), 2).label]).toEqual(['43.4%', '15%']);
  });

  it('dashes Nissan’s non-voting 15% in 2017 and not its voting 15% in 2023', () => {
    expect([edgeOf(ownershipDiagram(dataset, 2017, 'wide', null, en, freeSpot), 3).isNonVoting, edgeOf(ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot), 4).isNonVoting]).toEqual([true, false]);
    // Only the Alliance's 67.13% of Alliance Rostec is a plan no source reports reached.
    expect(ownershipDiagram(dataset, 2014, 'wide', null, en, freeSpot).edges.filter((e) => e.isPlanned).map((e) => e.index)).toEqual([10]);
  });

  it('draws stakes with no figure as thin lines', () => {
    expect(edgeOf(ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot), 14)).toMatchObject({ strokeWidth: 1, hasFigure: false, label: 'stake' });
  });

  it('curves the Renault ↔ Nissan cross-shareholding above and below the line between them', () => {
    const d = ownershipDiagram(dataset, 2017, 'wide', null, en, freeSpot);
    const y = LAYOUTS.wide.slots.renault!.y;
    expect([edgeOf(d, 1).mid.y < y - 40, edgeOf(d, 3).mid.y > y + 40]).toEqual([true, true]);
  });

  it('colours an edge by its holder’s brand, or none for other companies', () => {
    const d = ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot);
    expect([edgeOf(d, 4).colorBrand, edgeOf(d, 30).colorBrand]).toEqual(['Nissan', null]);
  });

  it('keeps every company in the same place from year to year', () => {
    const at = (year: number) => ownershipDiagram(dataset, year, 'wide', null, en, freeSpot).nodes.find((n) => n.id === 'renault')!.center;
    expect([at(1999), at(2012), at(2023)]).toEqual([LAYOUTS.wide.slots.renault, LAYOUTS.wide.slots.renault, LAYOUTS.wide.slots.renault]);
  });

  it('gives the same result on every call', () => {
    expect(ownershipDiagram(dataset, 2016, 'narrow', null, en, freeSpot)).toEqual(ownershipDiagram(dataset, 2016, 'narrow', null, en, freeSpot));
  });

  it('groups the members in one box', () => {
    const d = ownershipDiagram(dataset, 2016, 'wide', null, en, freeSpot);
    const members = d.nodes.filter((n) => n.kind === 'member').map((n) => n.box);
    expect(members.every((b) => b.x0 > d.group!.box.x0 && b.x1 < d.group!.box.x1 && b.y0 > d.group!.box.y0 && b.y1 < d.group!.box.y1)).toBe(true);
  });

  it('is empty before the Alliance', () => {
    const d = ownershipDiagram(dataset, 1998, 'wide', null, en, freeSpot);
    expect([d.nodes, d.edges, d.group]).toEqual([[], [], null]);
  });

  it('places a company without a slot inside the frame, clear of every box, near the company it holds a stake in', () => {
    const data: Dataset = {
      ...dataset,
      companies: [...dataset.companies, { id: 'newco', name: 'NewCo', kind: 'entity', brand: null }],
      ownership: [stake({ held: 'newco', percent: 20, from: 2020 })],
    };
    for (const layout of ['wide', 'narrow'] as const) {
      const d = ownershipDiagram(data, 2020, layout, null, en, freeSpot);
      const [renault, newco] = ['renault', 'newco'].map((id) => d.nodes.find((n) => n.id === id)!);
      const distance = Math.hypot(newco!.center.x - renault!.center.x, newco!.center.y - renault!.center.y);
      expect({ height: d.height, collisions: collisions(d), isNear: distance < 200 }).toEqual({ height: LAYOUTS[layout].height, collisions: [], isNear: true });
    }
  });

  it('places companies with ids named like Object members automatically, labelled with their own names, clear of each other', () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const data: Dataset = {
      ...dataset,
      companies: ids.map((id, i) => ({ id, name: `Company ${i}`, kind: 'entity', brand: null })),
      ownership: [stake({ holder: 'constructor', held: 'toString' }), stake({ holder: '__proto__', held: 'hasOwnProperty' }), stake({ holder: 'toString', held: 'constructor' })],
    };
    const d = ownershipDiagram(data, 2020, 'wide', null, en, freeSpot);
    expect(d.nodes.map((n) => [n.id, n.lines])).toEqual(ids.map((id, i) => [id, [`Company ${i}`]]));
    expect(collisions(d).filter((p) => p.includes(' touches ') || p.endsWith('is cut off'))).toEqual([]);
    expect(d.edges.map((e) => [e.holder, e.held])).toEqual([['constructor', 'toString'], ['__proto__', 'hasOwnProperty'], ['toString', 'constructor']]);
  });

  it('moves a company aside when its shared slot is taken by one the data shows at the same time', () => {
    const data: Dataset = { ...dataset, ownership: [stake({ held: 'avtovaz' }), stake({ holder: 'geely', held: 'renault-korea' })] };
    const d = ownershipDiagram(data, 2010, 'wide', null, en, freeSpot);
    const [avtovaz, geely] = ['avtovaz', 'geely'].map((id) => d.nodes.find((n) => n.id === id)!);
    expect([avtovaz!.center, boxesOverlap(avtovaz!.box, geely!.box)]).toEqual([LAYOUTS.wide.slots.avtovaz, false]);
  });
});

// Collisions at the default size, from estimated text widths (set to DejaVu Sans, the widest fallback).
/** A line's samples and seven more points between each two: a line can cut a corner between its samples. */
const between = (samples: readonly Point[]): Point[] =>
  samples.flatMap((a, i) => {
    const b = samples[i + 1];
    return b ? Array.from({ length: 8 }, (_, k) => ({ x: a.x + ((b.x - a.x) * k) / 8, y: a.y + ((b.y - a.y) * k) / 8 })) : [a];
  });

/** Whether a label covers half an arrowhead's box or more: the head is then hard to make out. */
function hidesHalf(label: Box, head: Box): boolean {
  const w = Math.min(label.x1, head.x1) - Math.max(label.x0, head.x0);
  const h = Math.min(label.y1, head.y1) - Math.max(label.y0, head.y0);
  return w > 0 && h > 0 && w * h > ((head.x1 - head.x0) * (head.y1 - head.y0)) / 2;
}

function collisions(d: OwnershipDiagram): string[] {
  const problems: string[] = [];
  const isInside = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
  const isOutside = (b: Box) => b.x0 < 0 || b.y0 < 0 || b.x1 > d.width || b.y1 > d.height;
  d.nodes.forEach((a, i) => {
    if (isOutside(a.box)) problems.push(`${a.id} is cut off`);
    d.nodes.slice(i + 1).forEach((b) => boxesOverlap(a.box, b.box, 6) && problems.push(`${a.id} touches ${b.id}`));
    if (d.group && a.kind !== 'member' && a.id !== 'rnbv' && boxesOverlap(a.box, d.group.box)) problems.push(`${a.id} sits in the members' box`);
  });
  d.edges.forEach((e, i) => {
    const name = `${e.holder}→${e.held}`;
    // A compared stake whose company says when it ended draws no label of its own.
    if (!e.isLabelDrawn) return;
    if (isOutside(e.labelBox)) problems.push(`label of ${name} is cut off`);
    d.edges.slice(i + 1).forEach((f) => f.isLabelDrawn && boxesOverlap(e.labelBox, f.labelBox, 2) && problems.push(`label of ${name} overlaps ${f.holder}→${f.held}`));
    d.nodes.forEach((n) => boxesOverlap(e.labelBox, n.box, 2) && problems.push(`label of ${name} overlaps ${n.id}`));
    d.nodes.forEach((n) => n.id !== e.holder && n.id !== e.held && between(e.samples).some((p) => isInside(p, n.box)) && problems.push(`${name} runs through ${n.id}`));
    d.edges.forEach((f) => f !== e && between(f.samples).some((p) => isInside(p, e.labelBox)) && problems.push(`${f.holder}→${f.held} runs under the label of ${name}`));
    if (d.group && boxesOverlap(e.labelBox, d.group.captionBox, 2)) problems.push(`label of ${name} overlaps the caption`);
  });
  return problems;
}

describe.each(['wide', 'narrow'] as LayoutName[])('the %s layout', (layout) => {
  it.each(ownershipChangeYears(dataset.ownership, [1999, 2023]))('has no overlapping or cut-off labels in %i', (year) => {
    expect(collisions(ownershipDiagram(dataset, year, layout, null, en, freeSpot))).toEqual([]);
  });
});

// The Alliance's July 2012 investment in Renault Samsung Motors: an amount, no share (issue 15). Hand-placed
// slots keep its line and label clear of French State's label (narrow) and of Horse (wide, 2023).
describe('the Alliance’s ₩170B in Renault Samsung Motors', () => {
  const edge = (year: number, layout: LayoutName) =>
    ownershipDiagram(dataset, year, layout, null, en, freeSpot).edges.find((e) => e.holder === 'renault-nissan-alliance' && e.held === 'renault-korea');
  it.each(['wide', 'narrow'] as LayoutName[])('is drawn from 2012 in the %s layout as a thin line labelled with its amount, not a percentage', (layout) => {
    const at = (year: number) => edge(year, layout);
    expect([at(2011), at(2012) && [at(2012)!.label, at(2012)!.strokeWidth, at(2012)!.hasFigure], at(2023)?.label]).toEqual([undefined, ['₩170B', 1, false], '₩170B']);
  });
  it.each([2012, 2014, 2016, 2023].flatMap((year) => [['wide', year], ['narrow', year]] as [LayoutName, number][]))('crosses no box or label in the %s layout in %i', (layout, year) => {
    expect(collisions(ownershipDiagram(dataset, year, layout, null, en, freeSpot))).toEqual([]);
  });
});

// The Alliance–Daimler 50:50 joint venture in Aguascalientes (June 2014; its end in 2021 inferred). The narrow
// layout gives the Alliance box a row of its own, Daimler level with it and the venture below Daimler, so the
// triangle of stakes crosses nothing at phone width either.
describe('the Alliance–Daimler joint venture in Mexico', () => {
  const jvEdges = (year: number, layout: LayoutName) =>
    ownershipDiagram(dataset, year, layout, null, en, freeSpot).edges.filter((e) => e.held === 'aguascalientes-jv').map((e) => [e.holder, e.label, e.hasFigure]);
  it.each(['wide', 'narrow'] as LayoutName[])('is drawn 2014–2020 in the %s layout, half from the Alliance box and half from Daimler', (layout) => {
    const half = [['renault-nissan-alliance', '50%', true], ['daimler', '50%', true]];
    expect([2013, 2014, 2020, 2021].map((year) => jvEdges(year, layout))).toEqual([[], half, half, []]);
  });
  it.each(['wide', 'narrow'] as LayoutName[])('is labelled "Mexico JV" in its own slot in the %s layout', (layout) => {
    const jv = ownershipDiagram(dataset, 2016, layout, null, en, freeSpot).nodes.find((n) => n.id === 'aguascalientes-jv');
    expect([jv?.lines.join(' '), jv?.center]).toEqual(['Mexico JV', LAYOUTS[layout].slots['aguascalientes-jv']]);
  });
  it.each([2014, 2016, 2020].flatMap((year) => [['wide', year], ['narrow', year]] as [LayoutName, number][]))('crosses no box or label in the %s layout in %i', (layout, year) => {
    expect(collisions(ownershipDiagram(dataset, year, layout, null, en, freeSpot))).toEqual([]);
  });
});

describe('layoutForWidth', () => {
  it('uses the narrow layout below 620px so 13-unit labels stay ≥ 11px', () => {
    expect([layoutForWidth(323), layoutForWidth(619), layoutForWidth(620)]).toEqual(['narrow', 'narrow', 'wide']);
  });

  it('keeps the smallest text ≥ 11px at the narrowest width each layout is used at', () => {
    expect([(13 * 620) / LAYOUTS.wide.width >= 11, (13 * 323) / LAYOUTS.narrow.width >= 11]).toEqual([true, true]);
  });
});

describe('brandsDrawn', () => {
  it('lists AvtoVAZ while it is drawn', () => {
    expect([brandsDrawn(dataset, 2016), brandsDrawn(dataset, 2023)]).toEqual([
      ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'],
      ['Renault', 'Nissan', 'Mitsubishi'],
    ]);
  });
});

describe('dimmedMarks', () => {
  const d2023 = () => ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot);
  const all = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;
  const none = { brands: [], nodeId: null };
  const sorted = (m: { nodes: Set<string>; edges: Set<number> }) => [[...m.nodes].sort(), [...m.edges].sort((a, b) => a - b)];

  it('dims nothing with every brand on and nothing emphasised', () => {
    expect(sorted(dimmedMarks(d2023(), all, none))).toEqual([[], []]);
  });

  it('dims a brand switched off and its stakes that touch no selected brand', () => {
    expect(sorted(dimmedMarks(d2023(), ['Renault', 'Mitsubishi', 'AvtoVAZ'], none))).toEqual([['nissan'], [13, 16, 21, 25]]);
  });

  it('keeps Nissan’s 34% of Mitsubishi lit when Mitsubishi is the only brand selected', () => {
    const dimmed = dimmedMarks(d2023(), ['Mitsubishi'], none);
    expect([dimmed.edges.has(5), dimmed.edges.has(2), dimmed.nodes.has('nissan')]).toEqual([false, true, true]);
  });

  it('dims everything not touching the highlighted brand', () => {
    expect(sorted(dimmedMarks(d2023(), all, { brands: ['Mitsubishi'], nodeId: null }))).toEqual([
      ['aesc', 'dongfeng', 'french-state', 'geely', 'horse', 'nec', 'nissan-dongfeng-jv', 'renault', 'renault-korea', 'renault-nissan-alliance', 'rnbv'],
      [2, 4, 12, 13, 14, 15, 16, 18, 19, 21, 22, 25, 26, 27, 30],
    ]);
  });

  it('dims everything not touching a hovered company', () => {
    expect(sorted(dimmedMarks(d2023(), all, { brands: [], nodeId: 'rnbv' }))).toEqual([
      ['aesc', 'ampere', 'dongfeng', 'french-state', 'geely', 'horse', 'mitsubishi', 'nec', 'nissan-dongfeng-jv', 'renault-korea', 'renault-nissan-alliance'],
      [2, 4, 5, 14, 15, 16, 17, 18, 19, 21, 22, 25, 26, 27, 30],
    ]);
  });
});

describe('eventsInYear', () => {
  it('returns the turning points dated in the year, whatever their precision', () => {
    // "2023" and "2023-01", "2023-12".
    expect(eventsInYear(dataset.events, 2023).map((e) => e.label)).toEqual([
      'Nissan to build a Renault model in Mexico, the first Renault made there in 20 years (year inferred)',
      'Renault and Nissan restructure the Alliance',
      'Nissan and Mitsubishi confirm projects with Ampere',
    ]);
  });

  it('finds the French source’s withdrawal from Russia in 2022', () => {
    expect(eventsInYear(dataset.events, 2022)).toEqual([expect.objectContaining({ label: 'Renault withdraws from Russia (year inferred)', source: 'alpine-us-fr', isDateInferred: true })]);
  });

  it('returns nothing for a year without events', () => {
    expect(eventsInYear(dataset.events, 2005)).toEqual([]);
  });
});

/** The collisions of boxes alone: cut off, touching, or a non-member in the members' box (edges and labels aside). */
const boxCollisions = (d: OwnershipDiagram) => collisions(d).filter((p) => p.endsWith('is cut off') || p.includes(' touches ') || p.includes("members' box"));

describe('the test dataset with Dacia and two new companies (the real file + tests/fixtures/dacia-additions.json)', () => {
  it.each(['wide', 'narrow'] as LayoutName[])('draws 2024 in the %s layout with both new companies inside the frame, clear of every box', (layout) => {
    const d = ownershipDiagram(daciaDataset, 2024, layout, null, en, freeSpot);
    // The frame may grow (the narrow one does, by one row) but every box lies inside it.
    expect({ ids: d.nodes.filter((n) => !LAYOUTS[layout].slots[n.id]).map((n) => n.id), boxProblems: boxCollisions(d) }).toEqual({
      ids: ['dacia', 'example-fund'],
      boxProblems: [],
    });
  });
});

// Boxes only. Known gaps in French and Japanese: wider stake labels ("170 Md ₩", "3,1 %") placed at a line's middle
// can touch a box or another line (wide: Daimler's 3.1% by the Alliance box, 2010–2016; the ₩170B label over
// Renault's line to Renault Korea).
describe('in French and Japanese (slots placed for the English labels)', () => {
  const years = ownershipChangeYears(dataset.ownership, [1999, 2023]);
  it.each([
    ['fr', 'wide'],
    ['fr', 'narrow'],
    ['ja', 'wide'],
    ['ja', 'narrow'],
  ] as const)('in %s, the %s layout keeps every box inside the frame and clear of the others, every year', (locale, layout) => {
    const intl = intlFor(locale);
    const translated = localisedDataset(dataset, locale);
    expect(translated.companies.find((c) => c.id === 'french-state')?.name).toBe(locale === 'fr' ? 'État français' : 'フランス政府');
    const problems = years.flatMap((year) => boxCollisions(ownershipDiagram(translated, year, layout, null, intl, freeSpot)).map((p) => `${year}: ${p}`));
    expect(problems).toEqual([]);
  });
});

/** A company outside the slotted layouts, joined by one stake to a slotted company (or to one placed before it). */
const generatedGraph = fc
  .array(fc.record({ partner: fc.nat(), isHolder: fc.boolean(), percent: fc.integer({ min: 1, max: 100 }), name: fc.constantFrom('Acme', 'Holding Company of Example', 'Z', 'Société Générale d’Exemple (test)') }), { minLength: 1, maxLength: 6 })
  .map((extras): Dataset => {
    const slotted = ['renault', 'nissan', 'mitsubishi', 'daimler', 'french-state'];
    const companies = extras.map((e, i) => ({ id: `gen-${i}`, name: `${e.name} ${i}`, kind: 'entity' as const, brand: null }));
    const ownership = extras.map((e, i) => {
      const partners = [...slotted, ...companies.slice(0, i).map((c) => c.id)];
      const other = partners[e.partner % partners.length]!;
      return stake({ holder: e.isHolder ? `gen-${i}` : other, held: e.isHolder ? other : `gen-${i}`, percent: e.percent, from: 2016 });
    });
    return { ...dataset, companies: [...dataset.companies, ...companies], ownership: [...dataset.ownership, ...ownership] };
  });

// `npm run mutate` runs the first 10 of the 25 graphs (vitest.mutate.config.ts): every mutant of the diagram reruns
// this test, and at 25 graphs the area's run did not fit this machine's time. The 10 still place 1 to 5 new companies.
const GENERATED_GRAPHS = Number(process.env.GENERATED_GRAPHS ?? 25);

describe('generated graphs: companies the layouts have no slot for', () => {
  it.each(['wide', 'narrow'] as LayoutName[])('in the %s layout, every box stays inside the frame, clear of the others and of the members’ box, the same on every call', (layout) => {
    fc.assert(
      fc.property(generatedGraph, (data) => {
        const d = ownershipDiagram(data, 2016, layout, null, en, freeSpot);
        const boxProblems = boxCollisions(d);
        expect({ boxProblems, same: ownershipDiagram(data, 2016, layout, null, en, freeSpot) }).toEqual({ boxProblems: [], same: d });
      }),
      { numRuns: GENERATED_GRAPHS, seed: 19 },
    );
  });
});

// Known gaps (longer comparison labels between close boxes), mostly in the narrow layout: narrow 2016 → 2023
// and 2010 → 2016. The cases below hold today; the first three also held before labels could move sideways.
describe('a year’s own labels', () => {
  it.each(['en', 'fr', 'ja'] as const)('in %s, in every year with a change and both layouts, leave every stake its own arrowhead (French "200 M €" hid Mitsubishi’s into Ampere)', (locale) => {
    const intl = intlFor(locale);
    const data = locale === 'en' ? dataset : localisedDataset(dataset, locale);
    const hidden = (['wide', 'narrow'] as const).flatMap((layout) =>
      ownershipChangeYears(data.ownership, [1999, 2023]).flatMap((year) =>
        ownershipDiagram(data, year, layout, null, intl, freeSpot).edges.filter((e) => e.isLabelDrawn && hidesHalf(e.labelBox, e.head)).map((e) => `${layout} ${year}: ${e.holder} → ${e.held} "${e.drawnLabel}"`),
      ),
    );
    expect(hidden).toEqual([]);
  });
});

describe('a year’s own labels, off their line’s middle where another line runs by it', () => {
  // Mid-way along its line, the Alliance's "₩170B" into Renault Korea had Renault's line to Horse run along its
  // first letter (wide, 2023: a visual review), and in French and Japanese lines ran through 13 labels
  // (Renault's into Renault Korea through "170 Md ₩" in every narrow year from 2012; "600 M €" in 2023). A label
  // another line crosses there is placed as a compared one is (placeLabel).
  it.each(['en', 'fr', 'ja'] as const)('in %s, in every year with a change and both layouts, have no other line through their words', (locale) => {
    const intl = intlFor(locale);
    const data = locale === 'en' ? dataset : localisedDataset(dataset, locale);
    const isInside = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
    const touched = (['wide', 'narrow'] as const).flatMap((layout) =>
      ownershipChangeYears(data.ownership, [1999, 2023]).flatMap((year) => {
        const { edges } = ownershipDiagram(data, year, layout, null, intl, freeSpot);
        return edges.flatMap((e) =>
          e.isLabelDrawn ? edges.filter((f) => f !== e && between(f.samples).some((p) => isInside(p, e.labelBox))).map((f) => `${layout} ${year}: ${f.holder}→${f.held} by "${e.drawnLabel}"`) : [],
        );
      }),
    );
    expect(touched).toEqual([]);
  });
});

describe('comparing', () => {
  const labelProblemsOf = (layout: LayoutName, from: number, to: number) =>
    collisions(ownershipDiagram(dataset, to, layout, ownershipChanges(dataset.ownership, from, to, en), en, freeSpot)).filter((p) => p.startsWith('label of'));

  it.each([
    ['wide', 2016, 2023],
    ['wide', 2010, 2016],
    ['narrow', 2001, 2002],
    ['wide', 2001, 2002],
    ['wide', 1999, 2023],
    ['narrow', 2011, 2022],
    ['narrow', 2022, 2023],
  ] as const)('keeps labels clear of boxes and of each other in the %s layout, %i → %i', (layout, from, to) => {
    expect(labelProblemsOf(layout, from, to)).toEqual([]);
  });

  // Bounds, not exact counts: a better placement passes. Before labels could move sideways, a line was tested
  // between its samples and spots were costed where they end up (labels over boxes or labels, lines under
  // labels, pairs with neither): en 176, 349, 96; fr 278, 891, 60; ja 263, 257, 66. Before the labels between
  // members were placed first and the others kept clear of the members' caption: en 101, 167, 131; fr 171, 627,
  // 83; ja 28, 191, 164 (30, 66 and 14 of those labels over the caption; and 69, 93, 69 companies not members
  // drawn in the members' box, now none). Before touching a box or a label at all cost as much as a line and a
  // half under the label: en 77, 177, 141 (fr and ja as now). Japanese labels over boxes or labels rose 28 → 38
  // with the caption kept clear: a 'new: stake' by NEC sits on its short line, touching NEC and AESC, rather than
  // over the caption.
  // With arrowheads costed (a label covering half a head or more hid which way a stake runs: en 64, fr 160, ja
  // 251): en 68 → 62 labels over boxes or labels, 195 → 199 lines under labels; fr 114 → 121, 620 → 606, pairs
  // clean 105 → 97; ja as before or fewer.
  // A year's own labels kept off their arrowheads (below) moved the other companies a little: lines under labels en
  // 199 → 202, fr 606 → 610.
  // The French State's stake after its April 2015 purchase has no figure (a data audit: the source gives 15% in
  // 2014 only), so 2015 is a year of change: 182 → 210 compared pairs, and the pairs across 2015 label that edge
  // "15% → stake". en 62 → 65 labels over boxes or labels, 202 → 231 lines under labels, heads 11 → 15; fr 121 →
  // 153, 610 → 691, heads 30 → 42, captions past their box 3 → 4; ja 48 → 54, 169 → 200, heads 98 → 110.
  // A compared stake keeps its basis (a UX review): an inferred end is drawn "ended c. 2022". en 65 → 72 labels over
  // boxes or labels, 231 → 244 lines under labels, pairs clean 171 → 166; ja 54 → 60, 200 → 208, 176 → 172; fr as
  // before ("terminée v. 2022" is as long as "terminée en 2022"). Written "(year inferred)" on the diagram, en would
  // have been 87, 298, 159 and heads hidden 30. Japanese money grouped as its counts are ("₩1,700億"): ja lines
  // under labels 208 → 215.
  it.each([
    ['en', { labelsOverlapping: 72, linesUnderLabels: 244, pairsClean: 166, captionsPastTheirBox: 0, headsHidden: 15 }],
    // Four French captions run past a box kept short of a company beside a lone member: none is drawn in it.
    ['fr', { labelsOverlapping: 153, linesUnderLabels: 691, pairsClean: 100, captionsPastTheirBox: 4, headsHidden: 42 }],
    // The Renault–Nissan Alliance's box named in Japanese (Renault・Nissan アライアンス, two lines as in English, where
    // the English name had stood): labels over boxes or labels 38 → 48, lines under labels 167 → 169.
    ['ja', { labelsOverlapping: 60, linesUnderLabels: 215, pairsClean: 172, captionsPastTheirBox: 0, headsHidden: 110 }],
  ] as const)('in %s, over all compared pairs in both layouts, keeps labels over boxes or labels and lines under labels within bounds, and other companies out of the members’ box', (locale, bound) => {
    const intl = intlFor(locale);
    const data = locale === 'en' ? dataset : localisedDataset(dataset, locale);
    const years = ownershipChangeYears(data.ownership, [1999, 2023]);
    const pairs = (['wide', 'narrow'] as const).flatMap((layout) => years.flatMap((from) => years.filter((to) => to > from).map((to) => [layout, from, to] as const)));
    const diagrams = pairs.map(([layout, from, to]) => ownershipDiagram(data, to, layout, ownershipChanges(data.ownership, from, to, intl), intl, freeSpot));
    const problems = diagrams.map(collisions);
    const count = (test: (p: string) => boolean) => problems.flat().filter(test).length;
    const found = {
      labelsOverlapping: count((p) => p.startsWith('label of')),
      linesUnderLabels: count((p) => p.includes('runs under the label')),
      pairsClean: problems.filter((list) => !list.some((p) => p.startsWith('label of'))).length,
      inMembersBox: count((p) => p.endsWith("sits in the members' box")),
      captionsPastTheirBox: diagrams.filter(({ group }) => group && group.captionBox.x1 > group.box.x1).length,
      headsHidden: diagrams.flatMap(({ edges }) => edges.filter((e) => e.isLabelDrawn).flatMap((e) => edges.filter((f) => hidesHalf(e.labelBox, f.head)))).length,
    };
    expect([
      found.labelsOverlapping <= bound.labelsOverlapping,
      found.linesUnderLabels <= bound.linesUnderLabels,
      found.pairsClean >= bound.pairsClean,
      found.inMembersBox,
      found.captionsPastTheirBox <= bound.captionsPastTheirBox,
      found.headsHidden <= bound.headsHidden,
      found,
    ]).toEqual([true, true, true, 0, true, true, found]);
    // ~1,300 diagrams laid out: ~10 s alone, 25 s once on a busy two-core machine (a code review's full run).
  }, 60_000);

  it('ties a compared label placed off its line to it with a leader, from the nearest point of that line', () => {
    // 2016 → 2023, wide: Geely's new stake in Horse runs between two close boxes, and its "new: stake" finds room only off the line.
    const compared = ownershipDiagram(dataset, 2023, 'wide', ownershipChanges(dataset.ownership, 2016, 2023, en), en, freeSpot);
    const offLine = compared.edges.filter((e) => e.leader);
    expect(offLine.map((e) => `${e.holder}>${e.held}`)).toContain('geely>horse');
    for (const edge of offLine) {
      const leader = edge.leader!;
      // On the edge's own line, and outside its label's box (which does not touch the line).
      expect(edge.samples).toContainEqual(leader);
      const { labelBox: box } = edge;
      expect(leader.x < box.x0 || leader.x > box.x1 || leader.y < box.y0 || leader.y > box.y1).toBe(true);
    }
    // Labels on their lines get none, and a diagram not compared places every label on its line.
    expect(compared.edges.filter((e) => !e.leader).length).toBeGreaterThan(0);
    expect(ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot).edges.some((e) => e.leader)).toBe(false);
  });

  it.each(['wide', 'narrow'] as const)('keeps every box of every compared pair inside the %s frame and clear of the others, a gone company’s taller box too', (layout) => {
    const years = ownershipChangeYears(dataset.ownership, [1999, 2023]);
    const problems = years.flatMap((from) => years.filter((to) => to > from).flatMap((to) => {
      const d = ownershipDiagram(dataset, to, layout, ownershipChanges(dataset.ownership, from, to, en), en, freeSpot);
      return collisions(d).filter((p) => p.endsWith('is cut off') || p.includes(' touches ')).map((p) => `${from} → ${to}: ${p}`);
    }));
    expect(problems).toEqual([]);
  });

  it.each(['wide', 'narrow'] as const)('draws the later year as its own %s view does: each of its companies where that view puts it, what has gone around it', (layout) => {
    const years = ownershipChangeYears(dataset.ownership, [1999, 2023]);
    const moved: string[] = [];
    for (const to of years) {
      const own = new Map(ownershipDiagram(dataset, to, layout, null, en, freeSpot).nodes.map((n) => [n.id, n.center]));
      for (const from of years.filter((y) => y < to)) {
        const compared = ownershipDiagram(dataset, to, layout, ownershipChanges(dataset.ownership, from, to, en), en, freeSpot);
        for (const node of compared.nodes) {
          const at = own.get(node.id);
          if (at && (at.x !== node.center.x || at.y !== node.center.y)) moved.push(`${from} → ${to}: ${node.id}`);
        }
      }
    }
    expect(moved).toEqual([]);
  });
});

describe('contentCropped (images and embeds start at what is drawn)', () => {
  it('starts the 2002 and 2023 phone diagrams 12 units above their highest mark, not at the layout’s empty rows; the page keeps them (top 0)', () => {
    const full = ownershipDiagram(dataset, 2002, 'narrow', null, en, freeSpot);
    const cropped = contentCropped(full);
    const highest = Math.min(...cropped.nodes.map((n) => n.box.y0), ...cropped.edges.flatMap((e) => [e.labelBox.y0, ...e.samples.map((p) => p.y)]), cropped.group?.box.y0 ?? Infinity);
    expect([full.top, cropped.top, Math.floor(highest) - 12]).toEqual([0, 160, 160]);
    expect(contentCropped(ownershipDiagram(dataset, 2023, 'narrow', null, en, freeSpot)).top).toBe(68);
    expect({ ...cropped, top: 0 }).toEqual(full);
  });
});

describe('drawsInferredEnd: whether the compared diagram draws a "c." its footnote must explain', () => {
  const changes = ownershipChanges(dataset.ownership, 2016, 2023, en);
  const contents = yearContents(dataset, 2023, changes, en);

  it('is true where a gone company\'s box says "ended c. 2021" (Daimler, 2016 → 2023)', () => {
    expect(contents.gone.tags.get('daimler')).toEqual({ drawn: 'ended c. 2021', words: 'ended 2021 (year inferred)', inferred: true });
    expect(drawsInferredEnd(contents, changes)).toBe(true);
  });

  it('is true for an inferred end drawn on its edge, and false when the only inferred ends are left out of the drawing', () => {
    const untagged = { ...contents, gone: { ids: contents.gone.ids, tags: new Map() } };
    expect(drawsInferredEnd(untagged, changes)).toBe(true);
    const inferredIndexes = new Set(changes.filter((c) => c.endIsInferred).map((c) => c.before!.index));
    expect(inferredIndexes.size).toBeGreaterThan(0);
    const leftOut = { ...untagged, active: contents.active.filter(({ index }) => !inferredIndexes.has(index)) };
    expect(drawsInferredEnd(leftOut, changes)).toBe(false);
    expect(drawsInferredEnd(untagged, [])).toBe(false);
  });

  it('is true for an inferred tag alone, every inferred stake left out of the drawing', () => {
    const inferredIndexes = new Set(changes.filter((c) => c.endIsInferred).map((c) => c.before!.index));
    const tagOnly = { ...contents, active: contents.active.filter(({ index }) => !inferredIndexes.has(index)) };
    expect(drawsInferredEnd(tagOnly, changes)).toBe(true);
    expect(drawsInferredEnd({ ...tagOnly, gone: { ids: contents.gone.ids, tags: new Map([['daimler', { drawn: 'ended 2021', words: 'ended 2021', inferred: false }]]) } }, changes)).toBe(false);
  });

  it('is false for a comparison that ends no stake (2001 → 2008)', () => {
    const none = ownershipChanges(dataset.ownership, 2001, 2008, en);
    expect(drawsInferredEnd(yearContents(dataset, 2008, none, en), none)).toBe(false);
  });
});
