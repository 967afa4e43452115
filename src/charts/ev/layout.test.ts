import { textWidth } from '../../components/textWidth';
import { dataset, domain } from '../../test/renderWithProviders';
import { monthIndex } from './format';
import { EV_LABEL_SIZE } from './halo';
import { evLayout, gutterLeader, monthTicks, MOST_LINES_NAMED, thinDots } from './layout';
import { evLines, evMarkers, evWindow, type EvLine, type EvMarker, type EvPoint } from './model';
import { evTargets } from './targets';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

// Computed inside each test, never when the file loads: a model's code run at load time makes every mutant in it
// "static" for `npm run mutate`, rerunning every test of the area instead of the few that reach it.
const full = () => evWindow(dataset, [1999, 2023])!;
const lines = () => evLines(dataset, domain.brands, full(), en);
const markers = () => evMarkers(dataset, domain.brands, full(), en);
const desktop = () => evLayout(lines(), markers(), full(), 'linear', 634, null, [], 'en');

function point(date: string, units: number, index: number): EvPoint {
  return { index, date, month: monthIndex(date), units, measure: 'sales', qualifier: null, source: 's', quote: null, note: null, disputes: [] };
}
function fixtureLine(points: EvPoint[]): EvLine {
  return { key: 'x', seriesId: 'x', fullLabel: 'X model', label: 'X model', shortLabel: 'X', brand: 'Renault', isTotal: false, scopeNote: null, measure: 'sales', points, carriedIn: null, carriedInQualifier: null, continuesPast: false, outsideMonths: { before: null, after: null } };
}
function fixtureMarker(month: number, i: number): EvMarker {
  return { key: `m${i}`, recordKey: 'evLaunches', index: i, date: '', month, label: 'Long label here', title: '', brand: 'Nissan', source: 's', quote: null, note: null };
}
const rowOf = (layout: ReturnType<typeof evLayout>, labelY: number | null) => (labelY === null ? null : (layout.plot.top - 6 - labelY) / 15);

describe('evLayout targets', () => {
  const targets = () => evTargets(dataset, full());
  it.each(['linear', 'log'] as const)('keeps the 1.5 million targets inside the %s frame, under the top tick', (scale) => {
    const layout = evLayout(lines(), markers(), full(), scale, 634, null, targets(), 'en');
    const top = layout.yTicks.at(-1)!;
    expect([top.label, layout.targets.map((t) => t.y > layout.plot.top && t.y < layout.plot.bottom)]).toEqual(['2M', [true, true]]);
  });
  it('draws the revised target line from 2013 and the first target without a line (no year given)', () => {
    const wide = evLayout(lines(), markers(), full(), 'linear', 634, null, targets(), 'en');
    expect(wide.targets.map((t) => t.lineX1 === null)).toEqual([true, false]);
  });
  it('puts narrow labels on the line left of each diamond, the second a row lower where the two would overlap', () => {
    const narrow = evLayout(lines(), markers(), full(), 'linear', 340, null, targets(), 'en');
    const [first, second] = narrow.targets;
    expect([first!.labelY - first!.y, second!.labelY - second!.y, first!.x - first!.labelX, second!.x - second!.labelX]).toEqual([4, 18, 10, 10]);
  });
});

describe('evLayout axes', () => {
  it('labels the linear y-axis 0 to 1M', () => {
    expect(desktop().yTicks.map((t) => t.label)).toEqual(['0', '200K', '400K', '600K', '800K', '1M']);
  });
  it('labels the log y-axis 5k to 1M in 1-2-5 steps, one step below the smallest milestone', () => {
    expect(evLayout(lines(), markers(), full(), 'log', 634, null, [], 'en').yTicks.map((t) => t.label)).toEqual(['5K', '10K', '20K', '50K', '100K', '200K', '500K', '1M']);
  });

  it('ends the log axis at the next 1-2-5 step over the largest value, not the next decade', () => {
    const months = evWindow(dataset, [2016, 2018]);
    const lines = evLines(dataset, domain.brands, months, en);
    expect(evLayout(lines, evMarkers(dataset, domain.brands, months, en), months!, 'log', 634, null, [], 'en').yTicks.map((t) => t.label).at(-1)).toBe('500K');
  });
  it('labels the time axis every two years on a desktop card', () => {
    expect(desktop().xTicks.map((t) => t.label)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020']);
  });
  it('labels the time axis every five years on a phone', () => {
    expect(evLayout(lines(), markers(), full(), 'linear', 340, null, [], 'en').xTicks.map((t) => t.label)).toEqual(['2010', '2015', '2020']);
  });
  it('gives a compact chart fewer time ticks, not more, than a card just wide enough not to be compact', () => {
    const labels = (width: number) => evLayout(lines(), markers(), full(), 'linear', width, null, [], 'en').xTicks.map((t) => t.label);
    expect(labels(519)).toEqual(['2010', '2015', '2020']);
    expect(labels(520)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020']);
  });
  it('labels months when the window is one year', () => {
    const year = evWindow(dataset, [2017, 2017])!;
    expect(evLayout(evLines(dataset, domain.brands, year, en), [], year, 'linear', 634, null, [], 'en').xTicks.map((t) => t.label)).toEqual(['2017', 'Apr', 'Jul', 'Oct']);
  });
  it('draws no y-axis without lines', () => {
    expect(evLayout([], markers(), full(), 'linear', 634, null, [], 'en').yTicks).toEqual([]);
  });
  it('places the time ticks on one month-linear axis: January 2017 at the plot’s left, the quarters equally apart', () => {
    const year = evWindow(dataset, [2017, 2017])!;
    const layout = evLayout(evLines(dataset, domain.brands, year, en), [], year, 'linear', 634, null, [], 'en');
    const [jan, apr, jul, oct] = layout.xTicks.map((t) => t.x);
    expect(jan).toBe(layout.plot.left + 6);
    // Equal quarters within half a pixel, whatever their days (months are the data's unit): a day is 1.7 px here,
    // so calendar quarters of 90 and 91 days would differ by more.
    expect(apr! - jan!).toBeCloseTo(jul! - apr!, 0);
    expect(oct! - jul!).toBeCloseTo(jul! - apr!, 0);
  });
});

describe('monthTicks', () => {
  const y = (year: number, month = 1) => year * 12 + month - 1;
  it('steps by 1, 2, 5 or 10 years, at years divisible by the step', () => {
    expect(monthTicks(y(2009, 6), y(2020, 12), 6)).toEqual([2010, 2012, 2014, 2016, 2018, 2020].map((v) => y(v)));
    expect(monthTicks(y(1999), y(2023, 12), 5)).toEqual([2000, 2005, 2010, 2015, 2020].map((v) => y(v)));
    expect(monthTicks(y(1999), y(2023, 12), 2)).toEqual([2000, 2010, 2020].map((v) => y(v)));
    expect(monthTicks(y(2014), y(2018, 12), 6)).toEqual([2014, 2015, 2016, 2017, 2018].map((v) => y(v)));
  });
  it('steps by quarters at January, April, July and October, and by months when there is room, ends included', () => {
    expect(monthTicks(y(2017, 2), y(2018, 1), 4)).toEqual([y(2017, 4), y(2017, 7), y(2017, 10), y(2018, 1)]);
    expect(monthTicks(y(2017), y(2017, 6), 8)).toEqual([1, 2, 3, 4, 5, 6].map((m) => y(2017, m)));
  });
  it('takes the step nearer the target by ratio: quarters up to 6 months a tick, months below √3', () => {
    // 24 months over 4 ticks is 6 a tick: years. Just under it, quarters.
    expect(monthTicks(y(2016), y(2018), 4)).toEqual([2016, 2017, 2018].map((v) => y(v)));
    expect(monthTicks(y(2016), y(2017, 12), 4)).toHaveLength(8);
    // 17 months over 10 ticks is 1.7 a tick: months. 18 over 10 is 1.8: quarters.
    expect(monthTicks(y(2016), y(2017, 6), 10)).toHaveLength(18);
    expect(monthTicks(y(2016), y(2017, 7), 10)).toEqual([1, 4, 7, 10, 13, 16, 19].map((m) => y(2016, m)));
  });
  it('never leaves a single year: 2011–2018 at two ticks (a 390 px phone) stepped by 5 had only 2015, so it steps by 2', () => {
    expect(monthTicks(y(2011), y(2018, 12), 2)).toEqual([2012, 2014, 2016, 2018].map((v) => y(v)));
    // Where the span holds no second year at any step, the one year it holds.
    expect(monthTicks(y(2016, 6), y(2017, 6), 2)).toEqual([y(2017)]);
  });
});

describe('evLayout lines', () => {
  const months = { start: monthIndex('2013-01'), end: monthIndex('2013-12') };
  const twoDots = () => {
    const layout = evLayout([fixtureLine([point('2013-01', 100, 0), point('2013-12', 1000, 1)])], [], months, 'linear', 600, null, [], 'en');
    const [a, b] = layout.lines[0]!.dots;
    return { layout, a: a!, b: b! };
  };
  it('places the window ends 6px inside the plot', () => {
    const { layout, a, b } = twoDots();
    expect([a.x, b.x]).toEqual([layout.plot.left + 6, layout.plot.right - 6]);
  });
  it('places units on the linear scale from the bottom', () => {
    const { layout, a, b } = twoDots();
    expect([a.y, b.y]).toEqual([Math.round((layout.plot.bottom - (layout.plot.bottom - layout.plot.top) * 0.1) * 10) / 10, layout.plot.top]);
  });
  it('steps: holds each value until the next milestone, then rises', () => {
    const { layout, a, b } = twoDots();
    expect(layout.lines[0]!.path).toBe(`M${a.x},${a.y}H${b.x}V${b.y}`);
  });
  it('draws a single milestone as a lone dot, without a path', () => {
    expect(desktop().lines.find((l) => l.line.key === 'i-miev')?.path).toBeNull();
  });
  it('keeps 10,000 off the axis on the log scale and puts 1 million on the top', () => {
    const log = evLayout(lines(), markers(), full(), 'log', 634, null, [], 'en');
    const kangoo = log.lines.find((l) => l.line.key === 'kangoo-ze')!.dots[0]!;
    const alliance = log.lines.find((l) => l.line.key === 'alliance')!.dots.at(-1)!;
    expect(kangoo.y).toBeLessThan(log.plot.bottom - 20);
    expect(alliance.y).toBe(log.plot.top);
  });
});

describe('evLayout direct labels', () => {
  // A gutter label sits right of the plot; every other label inside it.
  const inGutter = (isGutter: boolean) => {
    const { labels, plot } = desktop();
    return labels.filter((l) => l.x > plot.right === isGutter);
  };
  const gutter = () => inGutter(true);
  it('labels series ending near the right edge in the gutter and the i-MiEV beside its dot', () => {
    expect(inGutter(false).map((l) => [l.key, l.text, l.anchor])).toEqual([['i-miev', 'i-MiEV', 'start']]);
  });
  it('at phone width sets the i-MiEV label clear of the lines crowding its dot, with a leader to it, and leads no label on a desktop card', () => {
    // As the page draws it on a phone (a 390 px screen), targets and all.
    const targets = evTargets(dataset, full()).filter((t) => lines().some((l) => l.seriesId === t.seriesId));
    const phone = evLayout(lines(), markers(), full(), 'linear', 345, null, targets, 'en');
    const label = phone.labels.find((l) => l.key === 'i-miev')!;
    const dot = phone.lines.find((p) => p.line.key === 'i-miev')!.end;
    expect(label.leader).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(Math.abs(label.y - dot.y)).toBeGreaterThan(12);
    const width = textWidth('i-MiEV', EV_LABEL_SIZE, false);
    const [x0, x1] = label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
    const others = phone.lines.filter((p) => p.line.key !== 'i-miev').flatMap((p) => p.dots);
    expect(others.filter((d) => d.x + 3 > x0 && d.x - 3 < x1 && d.y + 3 > label.y - 6 && d.y - 3 < label.y + 6)).toEqual([]);
    expect(inGutter(false).map((l) => l.leader)).toEqual([null]);
  });
  it('keeps gutter labels at least 14px apart', () => {
    const ys = gutter().map((l) => l.y).sort((p, q) => p - q);
    expect(Math.min(...ys.slice(1).map((y, i) => y - ys[i]!))).toBeGreaterThanOrEqual(14);
  });
  it('leads each gutter label from its line’s end: Fluence Z.E. (last milestone Dec 2019) along to the edge, then to its name', () => {
    const layout = desktop();
    const fluence = layout.labels.find((l) => l.key === 'fluence-ze')!;
    const end = layout.lines.find((l) => l.line.key === 'fluence-ze')!.dots.at(-1)!;
    expect(fluence.leader).toBe(`M${end.x + 4},${end.y}H${layout.plot.right + 1}L${fluence.x - 3},${fluence.y}`);
  });
  it('draws no leader for a line that ends at the edge, level with its label', () => {
    expect(gutterLeader(600, 200, 600, 610, 201)).toBeNull();
    expect(gutterLeader(600, 200, 600, 610, 230)).toBe('M601,200H601L607,230');
  });
  // Thousands of valid series once froze the tab for seconds: each label was placed against every line's ink.
  it('names at most MOST_LINES_NAMED lines, the totals first and then the highest, and counts the rest', () => {
    const months = { start: monthIndex('2013-01'), end: monthIndex('2013-12') };
    const many = Array.from({ length: MOST_LINES_NAMED + 6 }, (_, i) => ({
      ...fixtureLine([point('2013-01', 100, 2 * i), point('2013-06', 1000 + i, 2 * i + 1)]), key: `s${i}`, isTotal: i === 0,
    }));
    const layout = evLayout(many, [], months, 'linear', 600, null, [], 'en');
    const highest = Array.from({ length: MOST_LINES_NAMED - 1 }, (_, k) => `s${MOST_LINES_NAMED + 5 - k}`);
    expect([layout.labels.map((l) => l.key).sort(), layout.lines.length, layout.unnamedLines]).toEqual([['s0', ...highest].sort(), MOST_LINES_NAMED + 6, 6]);
  });
  it('names every line of the real file', () => {
    expect([desktop().labels.length, desktop().unnamedLines]).toEqual([desktop().lines.length, 0]);
  });
  it('keeps gutter labels inside the plot height', () => {
    const ys = gutter().map((l) => l.y);
    expect([Math.min(...ys) >= desktop().plot.top, Math.max(...ys) <= desktop().plot.bottom]).toEqual([true, true]);
  });
});

describe('evLayout markers', () => {
  it('shows all nine marker labels on a desktop card, on three rows, right of their lines but one', () => {
    const rows = desktop().markers.map((m) => rowOf(desktop(), m.labelY));
    expect([desktop().markers.length, [...new Set(rows)].sort()]).toEqual([9, [0, 1, 2]]);
    // Leaf's right side is crossed by Kangoo's line on every row.
    expect(desktop().markers.filter((m) => m.anchor === 'end').map((m) => m.marker.label)).toEqual(['Leaf']);
  });
  it('never lets two marker labels on one row overlap', () => {
    const spans = desktop().markers.map((m) => {
      const width = textWidth(m.marker.label, EV_LABEL_SIZE);
      const start = m.anchor === 'end' ? m.labelX - width : m.labelX;
      return { row: rowOf(desktop(), m.labelY), start, end: start + width };
    });
    const overlaps = spans.flatMap((p, i) => spans.slice(i + 1).filter((q) => q.row === p.row && p.start < q.end && q.start < p.end));
    expect(overlaps).toEqual([]);
  });
  it('keeps the lowest row of marker labels clear of the y-axis’s top label, at every width (i-MiEV sat over “2M” in a 360 px embed)', () => {
    for (const width of [300, 340, 400, 634]) {
      const layout = evLayout(lines(), markers(), full(), 'linear', width, null, [], 'en');
      const starts = layout.markers.filter((m) => rowOf(layout, m.labelY) === 0).map((m) => Math.round(m.anchor === 'end' ? m.labelX - textWidth(m.marker.label, EV_LABEL_SIZE) : m.labelX));
      expect(starts.filter((start) => start < layout.plot.left), `${width} px`).toEqual([]);
      // The rows above may reach into the gutter: on a phone the first launches still have their labels.
    }
  });
  it('labels all nine markers at every width, a phone’s chart taking a fourth row (Mitsubishi’s joining had none under 360 px)', () => {
    const layouts = [300, 340, 350, 400, 634].map((width) => evLayout(lines(), markers(), full(), 'linear', width, null, [], 'en'));
    expect(layouts.map((layout) => [layout.width, layout.markers.filter((m) => m.labelY === null).length, Math.max(...layout.markers.map((m) => rowOf(layout, m.labelY)!))])).toEqual([
      [300, 0, 3], [340, 0, 3], [350, 0, 3], [400, 0, 2], [634, 0, 2],
    ]);
    // The fourth row is above the other three: the plot starts 15 px lower, and is as tall.
    const [phone, , , wide] = layouts;
    expect([phone!.plot.top - wide!.plot.top, phone!.plot.bottom - phone!.plot.top]).toEqual([15, 250]);
  });
  it('drops the labels that collide on all four rows', () => {
    const dense = Array.from({ length: 10 }, (_, i) => fixtureMarker(full().start + 60 + i, i));
    const layout = evLayout([], dense, full(), 'linear', 340, null, [], 'en');
    expect(layout.markers.map((m) => rowOf(layout, m.labelY))).toEqual([null, null, 3, 2, 1, 0, 3, 2, 1, 0]);
  });
});

describe('thinDots', () => {
  const dot = (x: number, index: number, disputed = false) => ({ x, y: 0, point: { ...point('2015-01', 1, index), disputes: disputed ? [{ index: 9, date: '2015-02', source: 's', quote: null }] : [] } });

  it('keeps dots at least the gap apart, the last dot and disputed dots', () => {
    const dots = [dot(0, 0), dot(2, 1), dot(4, 2, true), dot(8, 3), dot(10, 4), dot(12, 5), dot(13, 6)];
    expect(thinDots(dots, 8).map((d) => d.point.index)).toEqual([0, 2, 5, 6]);
  });

  it('keeps a second statement of the same count at a later date (500,000 in Oct and “more than 500,000” by Dec 2017)', () => {
    const restated = { ...dot(3, 1), point: { ...point('2015-03', 1, 1), disputes: [] } };
    expect(thinDots([dot(0, 0), restated, dot(20, 2)], 8).map((d) => d.point.index)).toEqual([0, 1, 2]);
  });

  it('leaves the real dataset unthinned: every milestone keeps its dot', () => {
    expect(desktop().thinnedDots).toBe(0);
    expect(desktop().lines.map((l) => l.dots.length)).toEqual(lines().map((l) => l.points.length));
  });

  it('thins a line with a milestone every month over a decade to one dot per gap', () => {
    const points = Array.from({ length: 120 }, (_, i) => point(`${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, (i + 1) * 100, i));
    const window = { start: monthIndex('2010-01'), end: monthIndex('2019-12') };
    const layout = evLayout([fixtureLine(points)], [], window, 'linear', 634, null, [], 'en');
    const xs = layout.lines[0]!.dots.map((d) => d.x);
    expect(xs.length).toBeLessThan(120);
    expect(layout.thinnedDots).toBe(120 - xs.length);
    expect(xs.slice(0, -1).every((x, i) => i === 0 || x - xs[i - 1]! >= 8)).toBe(true);
  });
});

describe('evLayout in a fixed-height image', () => {
  it('grows the plot to fill the room it is given, axis labels included, and keeps its own height when the room is smaller', () => {
    const inRoom = (room?: number) => evLayout(lines(), markers(), full(), 'linear', 634, null, [], 'en', room);
    expect(inRoom().height).toBe(desktop().height);
    expect(inRoom(800).height).toBe(800);
    expect(inRoom(800).plot.bottom - inRoom(800).plot.top).toBe(800 - inRoom().plot.top - 26);
    // Less room than the chart needs: the export scales it down rather than squashing the plot.
    expect(inRoom(200).height).toBe(desktop().height);
  });
});
