import { intlFor } from '../../i18n/intl';
import { evCursor } from './cursor';
import { formatUnits, monthIndex } from './format';
import { quoteText, splitTableRow } from '../../data/quoteText';
import type { EvLine, EvPoint } from './model';
import { evTable } from './table';

// Hand-made lines: what the cursor reads and the table lists is known by construction.
const en = intlFor('en');
const point = (date: string, units: number, extra: Partial<EvPoint> = {}): EvPoint => ({
  index: 0, date, month: monthIndex(date), units, measure: 'sales', qualifier: null, source: `s-${date}`, quote: null, note: null, disputes: [], ...extra,
});
const line = (key: string, points: EvPoint[], extra: Partial<EvLine> = {}): EvLine => ({
  key, seriesId: key, fullLabel: `${key} series`, label: key, shortLabel: key, brand: 'Nissan', isTotal: false, scopeNote: null, measure: 'sales',
  points, carriedIn: null, carriedInQualifier: null, continuesPast: false, outsideMonths: { before: null, after: null }, ...extra,
});

const LINES = [
  line('ends-2015', [point('2013-03', 100), point('2015-06', 300)]),
  line('to-2016', [point('2013-06', 50), point('2016-01', 80)]),
  line('carried', [], { continuesPast: true, carriedIn: 40, outsideMonths: { before: monthIndex('2012-12'), after: null } }),
  line('later', [point('2015-01', 10)], { continuesPast: true, outsideMonths: { before: monthIndex('2012-01'), after: null } }),
  line('ended-before', [], { carriedIn: 7, outsideMonths: { before: monthIndex('2012-06'), after: null } }),
  line('carried-undated', [], { continuesPast: true, carriedIn: 5 }),
  line('empty', []),
];
// December 2013 to January 2016: a cursor year counts if any of its months is inside.
const WINDOW = { start: monthIndex('2013-12'), end: monthIndex('2016-01') };
const read = (at: number) => evCursor(LINES, WINDOW, at, en);
const readings = (at: number) => read(at)?.values.map((v) => [v.key, v.units, v.fromMonth]);

describe('evCursor on hand-made lines', () => {
  it('has no rule for a year wholly outside the window, and one for the years at its two ends', () => {
    expect([read(2012), read(2017), evCursor(LINES, null, 2014, en)]).toEqual([null, null, null]);
    expect([read(2013)?.month, read(2016)?.month]).toEqual([monthIndex('2013-12'), monthIndex('2016-01')]);
  });

  it('reads each line’s latest milestone by the rule, a carried-in level, and nothing unknown', () => {
    expect(readings(2013)).toEqual([['ends-2015', 100, monthIndex('2013-03')], ['to-2016', 50, monthIndex('2013-06')], ['carried', 40, monthIndex('2012-12')]]);
  });

  it('stops reading a line after its last milestone’s year, but not one the data carries past the window', () => {
    expect(readings(2016)).toEqual([['to-2016', 80, monthIndex('2016-01')], ['carried', 40, monthIndex('2012-12')], ['later', 10, monthIndex('2015-01')]]);
  });

  it('words each reading for the rule’s label and its description', () => {
    expect(read(2016)?.values[0]).toMatchObject({ text: 'to-2016 80', description: 'to-2016: 80 by Jan 2016' });
  });
});

describe('evTable on hand-made lines', () => {
  it('lists milestones by month, then by line, then by count, with each measure and approximation worded', () => {
    const a = line('a', [point('2014-01', 20), point('2014-01', 10, { measure: 'production', qualifier: 'about' })], { brand: null });
    const b = line('b', [point('2013-05', 5, { qualifier: 'almost' }), point('2014-01', 1, { qualifier: 'over' })]);
    const table = evTable([b, a], en);
    expect(table.rows.map((r) => [r.date, r.series, r.brand, r.units, r.measure, r.approximate])).toEqual([
      ['2013-05', 'b series', 'Nissan', 5, 'sales', 'almost'],
      ['2014-01', 'b series', 'Nissan', 1, 'sales', 'more than'],
      ['2014-01', 'a series', 'Alliance-wide', 10, 'production', 'about'],
      ['2014-01', 'a series', 'Alliance-wide', 20, 'sales', 'no'],
    ]);
    expect(table.columns.map((c) => [c.key, c.isNumeric === true])).toEqual([
      ['date', false], ['series', false], ['brand', false], ['units', true], ['measure', false], ['approximate', false], ['outcome', false], ['source', false],
    ]);
    expect(table.caption).toBe('Electric-vehicle milestones: cumulative units since launch');
  });
});

describe('quoted table rows', () => {
  it('splits a row only when it starts and ends with a pipe, spaces around it ignored', () => {
    expect([splitTableRow('  | a | b |  '), splitTableRow('| a | b'), splitTableRow('a | b |'), splitTableRow('|'), splitTableRow('||')]).toEqual([
      ['a', 'b'], null, null, null, [''],
    ]);
    expect([quoteText('| 2017 | sold |'), quoteText('plain words')]).toEqual(['2017 — sold', 'plain words']);
  });
});

describe('units in prose', () => {
  it('writes a count of a million or more in words only when it is whole hundred-thousands', () => {
    expect([formatUnits(1_250_000, en), formatUnits(1_200_000, en), formatUnits(500_000, en)]).toEqual(['1,250,000', '1.2 million', '500,000']);
  });
});
