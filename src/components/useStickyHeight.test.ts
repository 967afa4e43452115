import { sticks } from './useStickyHeight';

describe('sticks', () => {
  it('keeps a bar up to 40% of the window stuck, and lets a taller one scroll', () => {
    expect([sticks(320, 800), sticks(320.5, 800), sticks(1276, 800), sticks(184, 768)]).toEqual([true, false, false, true]);
  });
});
