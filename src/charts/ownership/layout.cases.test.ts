import { textWidth } from '../../components/textWidth';
import { ARROWS, FONT, LAYOUTS, boxInside, edgeShape, labelBox, lineBaselines, nodeBox, nodeLines } from './layout';

// The ownership diagram's geometry on hand-made boxes and names: each expected value follows from the rules
// (edges leave a box 3 units off its side, the arrowhead's length is kept free at the tip, a bend moves the curve's
// control point twice the bend to the left of the direction of travel).
const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('nodeLines', () => {
  const lines = (name: string) => nodeLines(LAYOUTS.wide, 'not-in-any-layout', name);
  it('keeps a name of up to 14 characters, or of one word, on one line', () => {
    expect([lines('Fourteen chars'), lines('Internationales')]).toEqual([['Fourteen chars'], ['Internationales']]);
  });
  it('splits a name of 14 characters or fewer in two when one line of it is too wide, rather than cut it short with "…"', () => {
    expect(textWidth('Achats communs', FONT.member, true)).toBeGreaterThan(140);
    expect([lines('Achats communs'), lines('WWWWW MMMMM')]).toEqual([['Achats', 'communs'], ['WWWWW', 'MMMMM']]);
  });
  it('splits a longer name in two at the middle word, the first line taking the odd word', () => {
    expect([lines('Fifteen chars!!'), lines('Acme Holding Company')]).toEqual([['Fifteen', 'chars!!'], ['Acme Holding', 'Company']]);
  });
  it('takes the layout’s break where it spells the label, spaces aside', () => {
    expect([nodeLines(LAYOUTS.narrow, 'renault-nissan-alliance', 'Renault–Nissan Alliance'), nodeLines(LAYOUTS.wide, 'renault-korea', 'Renault Korea')]).toEqual([
      ['Renault–', 'Nissan', 'Alliance'],
      ['Renault', 'Korea'],
    ]);
  });
  it('breaks a label the layout’s break does not spell (a translation) in two, at its own words', () => {
    expect([nodeLines(LAYOUTS.wide, 'french-state', 'État français'), nodeLines(LAYOUTS.narrow, 'aguascalientes-jv', 'JV Mexique'), nodeLines(LAYOUTS.narrow, 'renault-nissan-alliance', 'Alliance Renault–Nissan')]).toEqual([
      ['État', 'français'],
      ['JV', 'Mexique'],
      ['Alliance', 'Renault–Nissan'],
    ]);
  });
  it('breaks Japanese where kana meets kanji nearest the middle, and keeps it whole where there is no such place', () => {
    expect([nodeLines(LAYOUTS.narrow, 'aguascalientes-jv', 'メキシコ合弁'), nodeLines(LAYOUTS.wide, 'french-state', 'フランス政府'), nodeLines(LAYOUTS.wide, 'french-state', '政府'), nodeLines(LAYOUTS.narrow, 'renault-nissan-alliance', 'ルノー日産アライアンス')]).toEqual([
      ['メキシコ', '合弁'],
      ['フランス', '政府'],
      ['政府'],
      ['ルノー日産', 'アライアンス'],
    ]);
  });
});

describe('boxInside', () => {
  it('moves a box that would cross a side of the drawing in by just enough, and leaves one inside where it is', () => {
    const lines = ['État français'];
    const half = (nodeBox({ x: 0, y: 0 }, lines, false).x1 - nodeBox({ x: 0, y: 0 }, lines, false).x0) / 2;
    expect([boxInside({ x: 40, y: 296 }, lines, false, 360).center, boxInside({ x: 350, y: 40 }, lines, false, 360).center, boxInside({ x: 180, y: 40 }, lines, false, 360).center]).toEqual([
      { x: 2 + half, y: 296 },
      { x: 358 - half, y: 40 },
      { x: 180, y: 40 },
    ]);
  });
  it('moves a box that would cross the drawing’s top down by just enough (a gone company’s box, a line taller)', () => {
    const lines = ['Common', 'Purchasing', 'ended 2022'];
    const halfHeight = (nodeBox({ x: 0, y: 0 }, lines, false).y1 - nodeBox({ x: 0, y: 0 }, lines, false).y0) / 2;
    expect([boxInside({ x: 180, y: 20 }, lines, false, 360).center, boxInside({ x: 180, y: 2 + halfHeight }, lines, false, 360).center]).toEqual([
      { x: 180, y: 2 + halfHeight },
      { x: 180, y: 2 + halfHeight },
    ]);
  });
  it('gives the box drawn at the moved centre', () => {
    const lines = ['État français'];
    const { center, box } = boxInside({ x: 40, y: 296 }, lines, false, 360);
    expect(box).toEqual(nodeBox(center, lines, false));
  });
});


describe('nodeBox and labelBox', () => {
  it('centres a box on its slot, as wide as its widest line, one line height taller per line', () => {
    const one = nodeBox({ x: 100, y: 50 }, ['Ab'], false);
    const two = nodeBox({ x: 100, y: 50 }, ['Ab', 'Abcdef'], false);
    expect([(two.x0 + two.x1) / 2, (two.y0 + two.y1) / 2]).toEqual([100, 50]);
    expect(two.x1 - two.x0 - (one.x1 - one.x0)).toBeCloseTo(textWidth('Abcdef', FONT.node) - textWidth('Ab', FONT.node), 9);
    expect(two.y1 - two.y0 - (one.y1 - one.y0)).toBeCloseTo(FONT.node * 1.2, 9);
  });
  it('sizes a member’s box by its larger bold text', () => {
    const member = nodeBox({ x: 0, y: 0 }, ['Renault'], true);
    const other = nodeBox({ x: 0, y: 0 }, ['Renault'], false);
    expect(member.x1 - member.x0 - (other.x1 - other.x0)).toBeCloseTo(textWidth('Renault', FONT.member, true) - textWidth('Renault', FONT.node), 9);
    expect(member.y1 - member.y0 - (other.y1 - other.y0)).toBeCloseTo((FONT.member - FONT.node) * 1.2, 9);
  });
  it('centres a label box on its point', () => {
    const b = labelBox({ x: 40, y: 20 }, '43.4%');
    expect([(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, b.x1 - b.x0 > textWidth('43.4%', FONT.label, true)]).toEqual([40, 20, true]);
  });
});

describe('lineBaselines', () => {
  it('centres the lines in the box, 1.2 em apart, each baseline 0.92 em below its line’s top', () => {
    const [a, b] = lineBaselines(box(0, 0, 40, 100), 2, 10);
    expect([a, b]).toEqual([38 + 9.2, 50 + 9.2]);
  });
});

describe('edgeShape', () => {
  const left = box(0, 0, 20, 20); // centre (10, 10)
  const right = box(100, 0, 120, 20); // centre (110, 10)
  it('draws a straight edge from 3 units off one box to the arrowhead’s base before the other, labelled half-way', () => {
    const edge = edgeShape(left, right, 0, ARROWS.small);
    expect([edge.path, edge.mid, edge.samples.length, edge.samples[0], edge.samples[20]]).toEqual(['M23,10L88,10', { x: 55.5, y: 10 }, 21, { x: 23, y: 10 }, { x: 97, y: 10 }]);
    // The head from its base (88) to its tip (97), half its 9-unit width either side: what a compared label keeps clear of.
    expect(edge.head).toEqual({ x0: 83.5, y0: 5.5, x1: 101.5, y1: 14.5 });
  });
  it('leaves a box through its top or bottom for an edge that runs up or down', () => {
    expect(edgeShape(left, box(0, 100, 20, 120), 0, ARROWS.small).path).toBe('M10,23L10,88');
  });
  it('bends to the left of the direction of travel, so the reverse edge lies on the other side', () => {
    const there = edgeShape(left, right, 10, ARROWS.small);
    const back = edgeShape(right, left, 10, ARROWS.small);
    expect(there.path).toBe('M22.8,4.9Q60,-10 88.9,1.5');
    expect(back.path).toBe('M97.2,15.1Q60,30 31.1,18.5');
    expect([there.mid.x, back.mid.x]).toEqual([60, 60]);
    expect(there.mid.y + back.mid.y).toBeCloseTo(20, 9);
  });
});
