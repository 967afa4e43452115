import { describe, expect, it } from 'vitest';
import { isDateConflict } from './dateConflict';

describe('isDateConflict', () => {
  const m = (date: string, qualifier?: 'over' | 'about' | 'almost') => ({ date, series: 'x', units: 5, measure: 'sales' as const, source: 's', ...(qualifier ? { qualifier } : {}) });
  it('is false when the later record is a lower bound (“more than N by then”)', () => expect(isDateConflict(m('2017-10'), m('2017-12', 'over'))).toBe(false));
  it('is true when the later record says “almost N” (not reached then) or only “about N”', () => {
    expect([isDateConflict(m('2017-10'), m('2017-12', 'almost')), isDateConflict(m('2017-10'), m('2017-12', 'about'))]).toEqual([true, true]);
  });
  it('is true when the later record says the count was reached exactly then', () => expect(isDateConflict(m('2017-10', 'over'), m('2017-12'))).toBe(true));
  it('is true for two exact dates', () => expect(isDateConflict(m('2017-10'), m('2017-12'))).toBe(true));
  it('is false for the same date', () => expect(isDateConflict(m('2017-10'), m('2017-10'))).toBe(false));
  it('is false for different counts', () => expect(isDateConflict(m('2017-10'), { ...m('2017-12'), units: 6 })).toBe(false));
  it('is false for different measures: so many sold is not so many built', () => expect(isDateConflict(m('2017-10'), { ...m('2017-12'), measure: 'production' as const })).toBe(false));
  it('is false for different series', () => expect(isDateConflict(m('2017-10'), { ...m('2017-12'), series: 'y' })).toBe(false));
});
