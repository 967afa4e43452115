import { hitRadius, MIN_TARGET } from './touchTarget';

describe('hitRadius', () => {
  it('gives a small mark a target 24 px across', () => {
    expect([MIN_TARGET, hitRadius(3.5), hitRadius(0)]).toEqual([24, 12, 12]);
  });

  it('keeps a mark larger than that at its own size', () => {
    expect(hitRadius(20)).toBe(20);
  });
});
