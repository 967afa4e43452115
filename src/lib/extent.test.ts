import { extent } from './extent';

describe('extent', () => {
  it('gives the smallest and largest value, one value twice, and null for none', () => {
    expect([extent([2012, 1999, 2023, 2005]), extent([7]), extent([])]).toEqual([[1999, 2023], [7, 7], null]);
  });
  it('takes 300,000 values', () => {
    expect(extent(Array.from({ length: 300_000 }, (_, i) => i - 5))).toEqual([-5, 299_994]);
  });
});
