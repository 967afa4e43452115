import type { AllianceEvent, Dataset, EvLaunch, EvMilestone, EvSeries } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { smallDataset } from '../../test/smallDataset';
import { evFootnotes, evLines, evMarkers, evSummary, evWindow, hasLongHold, type EvLine } from './model';

// The EV model on hand-made series, milestones, launches and events: each expected value follows from the records.
const en = intlFor('en');
const month = (year: number, m: number) => year * 12 + m - 1;
const WIDE = { start: month(2009, 1), end: month(2020, 12) };

const SERIES: EvSeries[] = [
  { id: 'alliance', label: 'Alliance (all brands)', brand: null, kind: 'total' },
  { id: 'renault', label: 'Renault (all models)', brand: 'Renault', kind: 'total' },
  { id: 'zoe', label: 'Renault Zoe', brand: 'Renault', kind: 'model' },
  { id: 'leaf', label: 'Nissan Leaf', brand: 'Nissan', kind: 'model' },
];
const milestone = (series: string, date: string, units: number, extra: Partial<EvMilestone> = {}): EvMilestone => ({ series, date, units, measure: 'sales', source: 's', ...extra });
const launch = (model: string, brand: EvLaunch['brand'], date: string): EvLaunch => ({ model, brand, date, source: 'l' });
const LAUNCHES = [launch('Renault Zoe', 'Renault', '2013-03'), launch('Nissan Leaf', 'Nissan', '2010-12'), launch('Renault Kangoo Z.E.', 'Renault', '2011-10')];
const data = (evMilestones: EvMilestone[], extra: Partial<Dataset> = {}) =>
  ({ ...smallDataset, evSeries: SERIES, evMilestones, evLaunches: LAUNCHES, events: [], ...extra }) as Dataset;
const linesOf = (evMilestones: EvMilestone[], window = WIDE) => evLines(data(evMilestones), ['Renault', 'Nissan'], window, en);
const summaryOf = (lines: EvLine[]) => evSummary(lines, [], LAUNCHES, [2009, 2020], en);

describe('evWindow at its edges', () => {
  it('is null for a dataset without EV milestones or launches', () => {
    expect(evWindow(data([], { evLaunches: [] }), [2009, 2020])).toBeNull();
  });
  it('is one month long when the data has one month', () => {
    expect(evWindow(data([milestone('leaf', '2015-06', 10)], { evLaunches: [] }), [2010, 2020])).toEqual({ start: month(2015, 6), end: month(2015, 6) });
  });
});

describe('evLines on hand-made milestones', () => {
  it('orders a line’s points by month, then count, then record order, with the record’s own fields', () => {
    const leaf = linesOf([
      milestone('leaf', '2014-03', 200),
      milestone('leaf', '2013-06', 100, { quote: 'q', note: 'n', qualifier: 'over' }),
      milestone('leaf', '2014-03', 150),
      milestone('leaf', '2014-03', 150, { source: 't' }),
    ])[0]!;
    expect(leaf.points.map((p) => [p.index, p.units])).toEqual([[1, 100], [2, 150], [3, 150], [0, 200]]);
    expect(leaf.points[0]).toEqual({ index: 1, date: '2013-06', month: month(2013, 6), units: 100, measure: 'sales', qualifier: 'over', source: 's', quote: 'q', note: 'n', disputes: [] });
    expect(leaf.points[1]).toMatchObject({ qualifier: null, quote: null, note: null });
  });

  it('lists the other dates of the same count as disputes, unless the later one is only “more than”', () => {
    const [alliance] = linesOf([
      milestone('alliance', '2015-03', 500),
      milestone('alliance', '2015-09', 500, { source: 't' }),
      milestone('alliance', '2016-01', 600),
      milestone('alliance', '2016-06', 600, { qualifier: 'over' }),
      milestone('alliance', '2016-06', 700),
    ]);
    expect(alliance!.points.map((p) => [p.date, p.units, p.disputes])).toEqual([
      ['2015-03', 500, [{ index: 1, date: '2015-09', source: 't', quote: null }]],
      ['2015-09', 500, [{ index: 0, date: '2015-03', source: 's', quote: null }]],
      ['2016-01', 600, []],
      ['2016-06', 600, []],
      ['2016-06', 700, []],
    ]);
  });

  it('notes a disputed count once, at its earlier date', () => {
    const lines = linesOf([milestone('alliance', '2015-03', 500), milestone('alliance', '2015-09', 500)]);
    expect(evFootnotes(lines, WIDE, en)).toEqual(['Sources disagree on when the Alliance reached 500: March 2015 or September 2015. Both are drawn.']);
    const three = linesOf([milestone('alliance', '2015-03', 500), milestone('alliance', '2015-09', 500), milestone('alliance', '2016-01', 500)]);
    // Once for three dates too, worded for three.
    expect(evFootnotes(three, WIDE, en)).toEqual(['Sources disagree on when the Alliance reached 500: March 2015, September 2015 or January 2016. All 3 are drawn.']);
    expect(evFootnotes(three, WIDE, intlFor('fr'))[0]).toMatch(/ Les 3 sont tracées\.$/);
    expect(evFootnotes(three, WIDE, intlFor('ja'))[0]).toMatch(/。3件すべてを描いています。$/);
    expect(evFootnotes(lines, WIDE, intlFor('fr'))[0]).toMatch(/ Les deux sont tracées\.$/);
    // Two sources agreeing on the later date: two dates, both drawn.
    const agreeing = linesOf([milestone('alliance', '2015-03', 500), milestone('alliance', '2015-09', 500), milestone('alliance', '2015-09', 500)]);
    expect(evFootnotes(agreeing, WIDE, en)).toEqual(['Sources disagree on when the Alliance reached 500: March 2015 or September 2015. Both are drawn.']);
    const zoe = linesOf([milestone('zoe', '2015-03', 500), milestone('zoe', '2015-09', 500)]);
    expect(evFootnotes(zoe, WIDE, en)).toEqual(['Sources disagree on when Renault Zoe reached 500: March 2015 or September 2015. Both are drawn.']);
  });

  it('draws no line for a series whose milestones all fall before the window', () => {
    expect(linesOf([milestone('leaf', '2013-06', 100), milestone('leaf', '2014-03', 200)], { start: month(2016, 1), end: month(2016, 12) })).toEqual([]);
  });
});

describe('hasLongHold and the long-hold note', () => {
  const carried = () => linesOf([milestone('leaf', '2012-01', 100), milestone('leaf', '2014-01', 200)], { start: month(2014, 1), end: month(2014, 12) });
  it('finds no long hold in a window that starts at the milestone ending it: none of the hold is drawn', () => {
    const [leaf] = carried();
    expect([leaf!.carriedIn, leaf!.outsideMonths.before, hasLongHold(leaf!, { start: month(2014, 1), end: month(2014, 12) })]).toEqual([100, month(2012, 1), false]);
  });
  it('needs the window to note a long hold', () => {
    const lines = linesOf([milestone('leaf', '2012-01', 100), milestone('leaf', '2014-06', 200)]);
    expect([evFootnotes(lines, WIDE, en).length, evFootnotes(lines, null, en)]).toEqual([1, []]);
  });
});

describe('evMarkers on hand-made launches and events', () => {
  const events: AllianceEvent[] = [
    { date: '2012-06', label: 'Something happened', evLabel: 'Event', source: 'e', quote: 'q', note: 'n' },
    { date: '2012-07', label: 'Not about EVs', source: 'e' },
  ];
  it('keys launches and events by their record, sorted by month, with the records’ own words', () => {
    const markers = evMarkers(data([], { events }), ['Renault', 'Nissan'], WIDE, en);
    expect(markers.map((m) => [m.key, m.month])).toEqual([['launch-1', month(2010, 12)], ['launch-2', month(2011, 10)], ['event-0', month(2012, 6)], ['launch-0', month(2013, 3)]]);
    expect(markers[0]).toEqual({
      key: 'launch-1', recordKey: 'evLaunches', index: 1, date: '2010-12', month: month(2010, 12), label: 'Leaf', title: 'Nissan Leaf launched', brand: 'Nissan', source: 'l', quote: null, note: null,
    });
    expect(markers[2]).toEqual({
      key: 'event-0', recordKey: 'events', index: 0, date: '2012-06', month: month(2012, 6), label: 'Event', title: 'Something happened', brand: null, source: 'e', quote: 'q', note: 'n',
    });
    expect(evMarkers(data([], { events: [{ ...events[0]!, quote: undefined, note: undefined }] }), [], WIDE, en)[0]).toMatchObject({ quote: null, note: null });
  });
});

describe('evSummary on hand-made lines', () => {
  // Renault's first launch is the Kangoo Z.E.'s, October 2011: its total counts from it.
  it.each([
    ['2012-09', 'Renault reached 500 EVs in September 2012.'],
    ['2012-10', 'Renault reached 500 EVs in October 2012, 12 months after the Kangoo launch.'],
    ['2013-09', 'Renault reached 500 EVs in September 2013, 23 months after the Kangoo launch.'],
    ['2013-10', 'Renault reached 500 EVs in October 2013, 2 years after the Kangoo launch.'],
  ])('counts whole months up to two years, then whole years: top at %s', (date, sentence) => {
    expect(summaryOf(linesOf([milestone('renault', date, 500)]))).toBe(sentence);
  });

  it('counts a brand total from that brand’s first launch, however the launches are listed', () => {
    expect(summaryOf(linesOf([milestone('renault', '2013-09', 300)]))).toBe('Renault reached 300 EVs in September 2013, 23 months after the Kangoo launch.');
  });

  // What the Alliance total counts changed as members joined: no one launch began it.
  it('counts the Alliance total from no launch, years after the first of all', () => {
    expect(summaryOf(linesOf([milestone('alliance', '2014-12', 500)]))).toBe('The Alliance reached 500 EVs in December 2014.');
  });

  it('counts a model from its own launch and adds no second sentence about the same model', () => {
    expect(summaryOf(linesOf([milestone('zoe', '2014-03', 300), milestone('leaf', '2014-01', 200)]))).toBe('Renault Zoe reached 300 EVs in March 2014, 12 months after the Zoe launch.');
  });

  it('takes the earlier of two lines reaching the same top count, and the first listed in the same month', () => {
    const earlier = linesOf([milestone('alliance', '2015-06', 500), milestone('renault', '2015-03', 500)]);
    expect(summaryOf(earlier)).toMatch(/^Renault reached 500 EVs in March 2015/);
    const same = linesOf([milestone('alliance', '2015-06', 500), milestone('renault', '2015-06', 500)]);
    expect(summaryOf(same)).toMatch(/^The Alliance reached 500 EVs in June 2015/);
  });

  it.each([
    ['over', 'The Alliance passed 500 EVs in November 2011. The best-selling model shown, the Nissan Leaf, passed 300 by November 2011.'],
    ['about', 'The Alliance reached about 500 EVs in November 2011. The best-selling model shown, the Nissan Leaf, reached about 300 by November 2011.'],
    ['almost', 'The Alliance reached almost 500 EVs in November 2011. The best-selling model shown, the Nissan Leaf, reached almost 300 by November 2011.'],
  ] as const)('words a count the source gives as %s: "more than" is passed, "almost" is not', (qualifier, sentence) => {
    expect(summaryOf(linesOf([milestone('alliance', '2011-11', 500, { qualifier }), milestone('leaf', '2011-11', 300, { qualifier })]))).toBe(sentence);
  });
});
