import { listOf, yearSpan } from './format';

describe('yearSpan', () => {
  it('writes a range with an en dash', () => expect(yearSpan([2013, 2016])).toBe('2013–2016'));
  it('writes one year once', () => expect(yearSpan([2017, 2017])).toBe('2017'));
});

describe('listOf', () => {
  it('joins with "and"', () => expect(listOf(['Renault', 'Nissan', 'Mitsubishi'])).toBe('Renault, Nissan and Mitsubishi'));
  it('joins with "or"', () => expect(listOf(['Renault', 'Nissan'], 'or')).toBe('Renault or Nissan'));
  it('returns one item alone', () => expect(listOf(['Nissan'])).toBe('Nissan'));
});
