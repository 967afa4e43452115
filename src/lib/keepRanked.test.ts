import { keepRanked } from './keepRanked';

describe('keepRanked', () => {
  it('keeps the highest, the earlier of a tie, in input order', () => {
    expect(keepRanked([3, 9, 5, 9, 1], 3, (a, b) => b - a)).toEqual([9, 5, 9]);
    expect(keepRanked([3, 9, 5, 9, 1], 1, (a, b) => b - a)).toEqual([9]);
  });
  it('keeps everything when there are no more than `most`, and nothing for none', () => {
    expect([keepRanked([2, 1], 2, (a, b) => b - a), keepRanked([2, 1], 0, (a, b) => b - a)]).toEqual([[2, 1], []]);
  });
});
