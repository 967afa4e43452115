import { changedKeys } from './useUrlSync';

describe('changedKeys', () => {
  it('names a parameter whose value changed', () => {
    expect(changedKeys('?years=2013-2016', '?years=2013-2017')).toEqual(['years']);
  });

  it('names parameters added and removed', () => {
    expect(changedKeys('?years=2013-2016', '?brands=Nissan')).toEqual(['brands', 'years']);
  });

  it('is empty for the same query', () => {
    expect(changedKeys('?ev=log&map=asia', '?ev=log&map=asia')).toEqual([]);
  });
});
