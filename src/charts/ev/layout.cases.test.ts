import { textWidth } from '../../components/textWidth';
import type { EvCursor } from './cursor';
import { TAG_ROOM } from './cursorLayout';
import { EV_LABEL_SIZE } from './halo';
import { evLayout, stepPaths } from './layout';
import type { EvLine, EvMarker, EvPoint, EvWindow } from './model';
import type { EvTarget } from './targets';

// The EV layout on hand-made lines, markers, targets and cursors: each expectation follows from the fixture and
// the layout's rules (plot 250–340px tall, half the width; ticks 24px apart at least on a log axis; labels beside
// their dot or in a right-hand gutter; the window's ends 6px inside the plot).
const month = (year: number, m: number) => year * 12 + m - 1;
const window = (from: number, to: number): EvWindow => ({ start: month(from, 1), end: month(to, 12) });
const point = (year: number, m: number, units: number): EvPoint => ({
  index: 0, date: `${year}-${String(m).padStart(2, '0')}`, month: month(year, m), units, measure: 'sales', qualifier: null, source: 's', quote: null, note: null, disputes: [],
});
const line = (points: EvPoint[], extra: Partial<EvLine> = {}): EvLine => ({
  key: 'x', seriesId: 'x', fullLabel: 'X', label: 'X', shortLabel: 'X', brand: 'Renault', isTotal: false, scopeNote: null, measure: 'sales', points,
  carriedIn: null, carriedInQualifier: null, continuesPast: false, outsideMonths: { before: null, after: null }, ...extra,
});
const marker = (m: number, recordKey: EvMarker['recordKey'], label: string, i = 0): EvMarker => ({
  key: `${recordKey}-${i}`, recordKey, index: i, date: '', month: m, label, title: label, brand: null, source: 's', quote: null, note: null,
});
const target = (amount: number): EvTarget => ({
  key: 'target-0', index: 0, year: 2014, month: month(2014, 12), amount, label: `${amount} by 2014`, seriesId: 'x', seriesLabel: 'X',
  setIn: null, revisedIn: null, status: 'unknown', before: null, after: null, source: 't', quote: null, note: null,
});
const labelsOf = (layout: ReturnType<typeof evLayout>) => layout.yTicks.map((t) => t.label);
const W2014 = window(2014, 2014);

describe('stepPaths', () => {
  it('draws a hold of more than a year as a separate dotted path and the rise as part of the line', () => {
    expect(stepPaths([{ x: 0, y: 50, month: 0 }, { x: 10, y: 40, month: 13 }, { x: 20, y: 30, month: 14 }])).toEqual({ path: 'M10,50V40M10,40H20V30', gapPath: 'M0,50H10' });
  });
  it('draws a hold of exactly a year as part of the line, with no dotted path', () => {
    expect(stepPaths([{ x: 0, y: 50, month: 0 }, { x: 10, y: 40, month: 12 }])).toEqual({ path: 'M0,50H10V40', gapPath: null });
  });
});

describe('the y-axis on hand-made lines', () => {
  const log = (lo: number, hi: number, width: number) => evLayout([line([point(2014, 1, lo), point(2014, 12, hi)])], [], W2014, 'log', width, null, [], 'en');
  it('keeps every 1-2-5 step where they fit 24px apart: 11 steps on a 264px plot', () => {
    expect(labelsOf(log(2, 2000, 528))).toEqual(['1', '2', '5', '10', '20', '50', '100', '200', '500', '1K', '2K']);
  });
  it('keeps only powers of ten where they do not: 12 steps on a 280px plot', () => {
    expect(labelsOf(log(2, 5000, 560))).toEqual(['1', '10', '100', '1K']);
  });
  it('ends at the next step up when the largest count tops its decade’s 1-2-5 steps', () => {
    expect(labelsOf(log(30, 600, 600))).toEqual(['20', '50', '100', '200', '500', '1K']);
  });
  it('spans a decade at least, even when every milestone is the same count', () => {
    expect(labelsOf(evLayout([line([point(2014, 6, 100)])], [], W2014, 'log', 600, null, [], 'en'))).toEqual(['50', '100', '200', '500']);
  });
  it('uses a tick about every 60px on a linear axis under marker rows', () => {
    const layout = evLayout([line([point(2014, 1, 10), point(2014, 12, 60)])], [marker(month(2014, 6), 'events', 'E')], W2014, 'linear', 500, null, [], 'en');
    expect([layout.plot.bottom - layout.plot.top, labelsOf(layout)]).toEqual([250, ['0', '20', '40', '60']]);
  });
  it('reaches a level carried through the window with no milestone in it', () => {
    const held = line([], { carriedIn: 1000, continuesPast: true, outsideMonths: { before: month(2013, 6), after: month(2015, 6) } });
    expect(labelsOf(evLayout([held], [], W2014, 'linear', 600, null, [], 'en'))).toEqual(['0', '200', '400', '600', '800', '1K']);
  });
  it('leaves headroom over a target on the linear axis only', () => {
    const lines = [line([point(2014, 1, 100), point(2014, 6, 500)])];
    expect(labelsOf(evLayout(lines, [], W2014, 'linear', 600, null, [target(1000)], 'en')).at(-1)).toBe('1.2K');
    expect(labelsOf(evLayout(lines, [], W2014, 'log', 600, null, [target(1000)], 'en')).at(-1)).toBe('1K');
  });
  it('places no target without a line to scale it', () => {
    expect(evLayout([], [], W2014, 'linear', 600, null, [target(1000)], 'en').targets).toEqual([]);
  });
  it('leaves 10px between the widest tick label and the plot', () => {
    const layout = evLayout([line([point(2014, 1, 100), point(2014, 6, 1000)])], [], W2014, 'linear', 600, null, [], 'en');
    const widest = Math.max(...layout.yTicks.map((t) => textWidth(t.label, 12)));
    expect(layout.plot.left).toBe(Math.ceil(widest) + 10);
  });
});

describe('the frame', () => {
  const frame = (width: number, markers: EvMarker[] = []) => evLayout([line([point(2014, 1, 10)])], markers, W2014, 'linear', width, null, [], 'en');
  it('is half the width tall, between 250 and 340px', () => {
    expect([400, 600, 800].map((w) => frame(w).plot.bottom - frame(w).plot.top)).toEqual([250, 300, 340]);
  });
  it('leaves three 15px rows above the plot for marker labels, and 26px below it for the time axis', () => {
    const layout = frame(600, [marker(month(2014, 6), 'events', 'E')]);
    expect([frame(600).plot.top, layout.plot.top, layout.height - layout.plot.bottom]).toEqual([10, 53, 26]);
  });
});

describe('lines crossing the window’s edges', () => {
  const W = 600;
  const crossing = (before: number) => {
    const l = line([point(2014, 6, 200)], { carriedIn: 100, continuesPast: true, outsideMonths: { before, after: month(2016, 1) } });
    const layout = evLayout([l], [], W2014, 'linear', W, null, [], 'en');
    const placed = layout.lines[0]!;
    return { layout, placed, dot: placed.dots[0]!, left: layout.plot.left + 6, right: layout.plot.right - 6, y100: (layout.plot.top + layout.plot.bottom) / 2 };
  };
  it('enters at the left edge at the carried level and runs on to the right edge', () => {
    const { placed, dot, left, right, y100 } = crossing(month(2013, 9));
    expect([placed.path, placed.gapPath, placed.end]).toEqual([
      `M${left},${y100}H${dot.x}V${dot.y}M${right},${dot.y}V${dot.y}`,
      `M${dot.x},${dot.y}H${right}`,
      { x: right, y: dot.y, month: month(2016, 1) },
    ]);
  });
  it('dots a hold by the months of the milestones beyond the edges, not by the window', () => {
    const { placed, dot, left, right, y100 } = crossing(month(2012, 6));
    expect(placed.gapPath).toBe(`M${left},${y100}H${dot.x}M${dot.x},${dot.y}H${right}`);
  });
});

describe('direct labels', () => {
  const W10 = { start: month(2010, 1), end: month(2018, 1) }; // 96 months
  it('puts a label in the gutter when the line ends within the last quarter of the window', () => {
    const at = (y: number, m: number) => {
      const layout = evLayout([line([point(2010, 1, 10), point(y, m, 100)])], [], W10, 'linear', 600, null, [], 'en');
      return layout.labels[0]!.x > layout.plot.right;
    };
    expect([at(2016, 1), at(2015, 12)]).toEqual([true, false]);
  });
  it('sets a gutter label 10px right of the plot, the gutter as wide as its widest label and 14px', () => {
    const layout = evLayout([line([point(2010, 1, 10), point(2018, 1, 100)], { shortLabel: 'Gutter label' })], [], W10, 'linear', 600, null, [], 'en');
    const gutter = Math.ceil(textWidth('Gutter label', EV_LABEL_SIZE) + 14);
    expect([layout.plot.right, layout.labels[0]!.x, layout.labels[0]!.anchor]).toEqual([600 - gutter, 600 - gutter + 10, 'start']);
  });
  it('keeps an 8px gutter when every label sits beside its line', () => {
    expect(evLayout([line([point(2010, 1, 10), point(2012, 1, 100)], { shortLabel: 'A rather long label' })], [], W10, 'linear', 600, null, [], 'en').plot.right).toBe(592);
  });
  it('sets an inline label 7px right of its dot, or 7px left where it would cross the plot’s right edge', () => {
    const at = (label: string) => {
      const layout = evLayout([line([point(2010, 1, 10), point(2015, 6, 100)], { shortLabel: label })], [], W10, 'linear', 340, null, [], 'en');
      return [layout.labels[0]!.x - layout.lines[0]!.end.x, layout.labels[0]!.anchor];
    };
    expect([at('Leaf'), at('A much longer model name')]).toEqual([[7, 'start'], [-7, 'end']]);
  });
  it('keeps labels of lines ending at the plot’s top 6px below it, and at its bottom 2px above it', () => {
    const top = (shortLabel: string, key: string) => line([point(2010, 1, 10), point(2012, 1, 1000)], { key, shortLabel });
    const low = (shortLabel: string, key: string) => line([point(2012, 1, 1)], { key, shortLabel });
    const layout = evLayout([top('A', 'a'), top('B', 'b'), low('C', 'c'), low('D', 'd')], [], W10, 'linear', 600, null, [], 'en');
    const { top: t, bottom: b } = layout.plot;
    expect(layout.labels.map((l) => l.y)).toEqual([t + 6, t + 20, b - 16, b - 2]);
  });
  it('keeps a gutter label of a line ending at the plot’s top 6px below it', () => {
    const layout = evLayout([line([point(2010, 1, 10), point(2018, 1, 100)])], [], W10, 'linear', 600, null, [], 'en');
    expect(layout.labels[0]!.y).toBe(layout.plot.top + 6);
  });
});

describe('markers', () => {
  it('gives a launch the lowest row before an event of the same month (the event goes a row up)', () => {
    const m = month(2014, 6);
    const layout = evLayout([line([point(2014, 1, 10)])], [marker(m, 'events', 'Event', 0), marker(m, 'evLaunches', 'Launch', 1)], W2014, 'linear', 600, null, [], 'en');
    expect(layout.markers.map((p) => [p.marker.label, p.labelY, p.anchor])).toEqual([['Event', layout.plot.top - 6 - 15, 'start'], ['Launch', layout.plot.top - 6, 'start']]);
  });
  it('starts a marker line above its label, or at the plot’s top when the label was dropped', () => {
    // A month apart (~45 px), with names too long for three rows to hold them all.
    const many = Array.from({ length: 11 }, (_, i) => marker(month(2014, 2 + i), 'evLaunches', `A launch whose name is far too long for one row ${i}`, i));
    const layout = evLayout([line([point(2014, 1, 10)])], many, W2014, 'linear', 600, null, [], 'en');
    const dropped = layout.markers.filter((p) => p.labelY === null);
    expect([dropped.length > 0, layout.markers.length, layout.thinnedMarkers]).toEqual([true, 11, 0]);
    expect(dropped.every((p) => p.y1 === layout.plot.top)).toBe(true);
    expect(layout.markers.filter((p) => p.labelY !== null).every((p) => p.y1 < p.labelY!)).toBe(true);
  });

  // 18,000 events had hatched the plot with 74,000 nodes: 1.3 s a brand toggle.
  it('draws a marker without a label only where no drawn marker’s rule is within 3 px, and counts the others', () => {
    const m = month(2014, 6);
    const many = Array.from({ length: 7 }, (_, i) => marker(m, 'evLaunches', `Launch ${i}`, i));
    const layout = evLayout([line([point(2014, 1, 10)])], many, W2014, 'linear', 600, null, [], 'en');
    const labelled = layout.markers.filter((p) => p.labelY !== null).length;
    expect([labelled > 0, layout.markers.length, layout.thinnedMarkers]).toEqual([true, labelled, 7 - labelled]);
    // In the markers' own order (by date, then as given), for the keyboard.
    expect(layout.markers.map((p) => p.marker.index)).toEqual([...layout.markers.map((p) => p.marker.index)].sort((a, b) => a - b));
  });
});

describe('cursor labels', () => {
  const values = [
    { key: 'a', series: 'Top', text: 'Top 1,000', units: 1000, count: '1,000', fromMonth: month(2010, 1), description: '' },
    { key: 'b', series: 'Low', text: 'Low 1', units: 1, count: '1', fromMonth: month(2010, 1), description: '' },
  ];
  const cursorAt = (m: number): EvCursor => ({ year: 2010, month: m, values, compared: null });
  const W10 = window(2010, 2019);
  const layoutAt = (m: number) => evLayout([line([point(2010, 1, 1), point(2019, 12, 1000)])], [], W10, 'linear', 600, cursorAt(m), [], 'en');
  it('sets the plates right of the rule where they fit, kept 8px inside the plot and under the rules’ year tags', () => {
    const layout = layoutAt(W10.start);
    const c = layout.cursor!;
    expect(c.labels.map((l) => [l.plate!.x - c.x!, l.plate!.anchor, l.plate!.y])).toEqual([[6, 'start', layout.plot.top + TAG_ROOM + 8], [6, 'start', layout.plot.bottom - 8]]);
  });
  it('sets them left of the rule where the widest would cross the plot’s right edge', () => {
    const c = layoutAt(month(2019, 6)).cursor!;
    expect(c.labels.map((l) => [l.plate!.x - c.x!, l.plate!.anchor])).toEqual([[-6, 'end'], [-6, 'end']]);
  });
});
