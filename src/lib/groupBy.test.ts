import { groupBy } from './groupBy';

describe('groupBy', () => {
  it('buckets items by key in input order, keys in order of first sight', () => {
    const groups = groupBy([2011, 2012, 2011, 2013, 2012], (year) => (year === 2013 ? 'late' : 'early'));
    expect([...groups]).toEqual([['early', [2011, 2012, 2011, 2012]], ['late', [2013]]]);
  });

  it('keeps one growing list per key: 100,000 items under one key in one pass', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const groups = groupBy(items, () => 'one');
    expect(groups.get('one')).toHaveLength(100_000);
    expect(groups.get('one')?.[99_999]).toBe(99_999);
  });
});
