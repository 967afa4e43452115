import type { Ownership } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { ownershipChanges } from './compare';
import { compareSummary, compareTable } from './compareText';

// Small hand-made histories, each compared between 2005 and 2015: what changed is known by construction.
const en = intlFor('en');
const name = (id: string) => id.toUpperCase();
const stake = (holder: string, held: string, from: number, to: number | null, overrides: Partial<Ownership> = {}): Ownership => ({
  holder, held, percent: 10, voting: true, from, to, source: `src-${holder}-${held}-${from}`, ...overrides,
});

const HISTORY: Ownership[] = [
  stake('a', 'b', 2000, null), // held throughout
  stake('a', 'c', 2000, 2008, { percent: 20 }), // raised in 2008
  stake('c', 'd', 2001, 2010, { percent: 5, voting: false }), // ended in 2010
  stake('a', 'c', 2008, null, { percent: 25 }),
  stake('d', 'a', 2012, null, { percent: 40, voting: null }), // new in 2012, voting right unknown
];
const changes = () => ownershipChanges(HISTORY, 2005, 2015, en);

describe('ownershipChanges on a five-record history', () => {
  it('pairs each later stake with the earlier one of the same holder and held company, then lists the ended', () => {
    expect(changes().map((c) => [c.kind, c.holder, c.held, c.before?.index ?? null, c.after?.index ?? null, c.label])).toEqual([
      ['unchanged', 'a', 'b', 0, 0, '10%'],
      ['changed', 'a', 'c', 1, 3, '20% → 25%'],
      ['new', 'd', 'a', null, 4, 'new: 40%'],
      ['ended', 'c', 'd', 2, null, 'ended 2010'],
    ]);
  });

  it('dates the end of a pair continued twice after the earlier year by its last record', () => {
    const chain = [stake('a', 'b', 2000, 2006), stake('a', 'b', 2006, 2010, { percent: 12 }), stake('a', 'b', 2010, 2013, { percent: 14 })];
    expect(ownershipChanges(chain, 2005, 2015, en).map((c) => [c.kind, c.label])).toEqual([['ended', 'ended 2013']]);
  });

  it('counts a pair held in both years unchanged when its records say the same thing', () => {
    const restated = [stake('a', 'b', 2000, 2010), stake('a', 'b', 2010, null)];
    expect(ownershipChanges(restated, 2005, 2015, en).map((c) => [c.kind, c.label])).toEqual([['unchanged', '10%']]);
  });

  it('tells apart investments of different amounts, and of the same amount', () => {
    const invest = (from: number, to: number | null, amount: number) => stake('a', 'b', from, to, { percent: null, investment: { amount, currency: 'EUR' } });
    const kinds = (later: number) => ownershipChanges([invest(2000, 2010, 600e6), invest(2010, null, later)], 2005, 2015, en).map((c) => [c.kind, c.label]);
    expect([kinds(800e6), kinds(600e6)]).toEqual([[['changed', '€600M → €800M']], [['unchanged', '€600M']]]);
  });

  it('names a voting right gained, alone or beside a new figure, and keeps quiet where one side is unknown', () => {
    const label = (after: Partial<Ownership>, before: Partial<Ownership> = { voting: false }) =>
      ownershipChanges([stake('a', 'b', 2000, 2010, before), stake('a', 'b', 2010, null, after)], 2005, 2015, en).map((c) => [c.kind, c.label]);
    expect([label({ voting: true }), label({ voting: true, percent: 30 }), label({ voting: false }, { voting: true }), label({ voting: null }), label({ voting: true }, { voting: null })]).toEqual([
      [['changed', '10% non-voting → voting']],
      [['changed', '10% → 30%, now voting']],
      [['changed', '10% voting → non-voting']],
      [['changed', '10%']],
      [['changed', '10%']],
    ]);
  });

  it('lists ended stakes in dataset order, two records of one pair included', () => {
    const history = [stake('a', 'b', 2000, 2010, { percent: 1 }), stake('c', 'd', 2000, 2011), stake('a', 'b', 2000, 2012, { percent: 2 })];
    expect(ownershipChanges(history, 2005, 2015, en).map((c) => [c.before?.index, c.label])).toEqual([[0, 'ended 2010'], [1, 'ended 2011'], [2, 'ended 2012']]);
  });

  it('pairs a record held in both years with itself, even when an earlier record of the pair comes first', () => {
    // Two tranches of one pair held in 2005; only the second is still held in 2015.
    const history = [stake('a', 'b', 2000, 2010, { percent: 1 }), stake('a', 'b', 2003, null, { percent: 2 })];
    expect(ownershipChanges(history, 2005, 2015, en).map((c) => [c.kind, c.before?.index ?? null, c.after?.index ?? null, c.label])).toEqual([
      ['unchanged', 1, 1, '2%'],
      ['ended', 0, null, 'ended 2010'],
    ]);
  });

  it('pairs the rest of a pair in dataset order once the records held in both years are paired', () => {
    const history = [stake('a', 'b', 2000, 2010, { percent: 1 }), stake('a', 'b', 2001, 2012, { percent: 2 }), stake('a', 'b', 2010, null, { percent: 3 })];
    expect(ownershipChanges(history, 2005, 2015, en).map((c) => [c.kind, c.before?.index ?? null, c.after?.index ?? null, c.label])).toEqual([
      ['changed', 0, 2, '1% → 3%'],
      ['ended', 1, null, 'ended 2012'],
    ]);
  });
});

describe('compareSummary and compareTable on the five-record history', () => {
  it('counts each kind and details the changed stakes', () => {
    expect(compareSummary(changes(), [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 1 changed, 1 new, 1 ended and 1 unchanged. Changed: A’s stake in C, 20% → 25%.');
  });

  it('leaves out the kinds that did not happen, and the details when no figure changed', () => {
    const onlyNew = ownershipChanges([stake('a', 'b', 2012, null), stake('b', 'c', 2013, null)], 2005, 2015, en);
    expect(compareSummary(onlyNew, [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 2 new.');
    const endedAndSame = ownershipChanges([stake('a', 'b', 2000, 2010), stake('b', 'c', 2000, null)], 2005, 2015, en);
    expect(compareSummary(endedAndSame, [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 1 ended and 1 unchanged.');
  });

  it('counts one new and one ended, and one changed and one new, as changes', () => {
    const newAndEnded = ownershipChanges([stake('a', 'b', 2012, null), stake('b', 'c', 2000, 2010)], 2005, 2015, en);
    expect(compareSummary(newAndEnded, [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 1 new and 1 ended.');
    const changedAndNew = ownershipChanges([stake('a', 'b', 2000, 2010), stake('a', 'b', 2010, null, { percent: 20 }), stake('b', 'c', 2012, null)], 2005, 2015, en);
    expect(compareSummary(changedAndNew, [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 1 changed and 1 new. Changed: A’s stake in B, 10% → 20%.');
  });

  it('joins two changed stakes in one sentence', () => {
    const two = ownershipChanges([stake('a', 'b', 2000, 2010), stake('a', 'b', 2010, null, { percent: 20 }), stake('b', 'c', 2000, 2010), stake('b', 'c', 2010, null, { percent: 30 })], 2005, 2015, en);
    expect(compareSummary(two, [2005, 2015], name, en)).toBe('Stakes from 2005 to 2015: 2 changed. Changed: A’s stake in B, 10% → 20%; B’s stake in C, 10% → 30%.');
  });

  it('says when nothing changed, counting the stakes held in both years', () => {
    expect(compareSummary(ownershipChanges(HISTORY, 2009, 2011, en), [2009, 2011], name, en)).toBe('Stakes from 2009 to 2011: 1 ended and 2 unchanged.');
    expect(compareSummary(ownershipChanges(HISTORY, 2013, 2015, en), [2013, 2015], name, en)).toBe('From 2013 to 2015 no stake changed (3 held in both years).');
  });

  it('tables changed, new, ended and unchanged stakes in that order, each citing its record', () => {
    const table = compareTable(changes(), [2005, 2015], name, en);
    expect(table.caption).toBe('Equity stakes: changes from 2005 to 2015');
    expect(table.columns.map((c) => [c.key, c.label])).toEqual([
      ['change', 'Change'], ['holder', 'Holder'], ['held', 'Held'], ['before', 'In 2005'], ['after', 'In 2015'], ['source', 'Source'],
    ]);
    expect(table.rows).toEqual([
      { change: 'changed', holder: 'A', held: 'C', before: '20% voting', after: '25% voting', source: 'src-a-c-2008' },
      { change: 'new', holder: 'D', held: 'A', before: '—', after: '40%', source: 'src-d-a-2012' },
      { change: 'ended 2010', holder: 'C', held: 'D', before: '5% non-voting', after: '—', source: 'src-c-d-2001' },
      { change: 'unchanged', holder: 'A', held: 'B', before: '10% voting', after: '10% voting', source: 'src-a-b-2000' },
    ]);
  });
});
