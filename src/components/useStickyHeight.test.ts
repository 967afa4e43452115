import { sticks } from './useStickyHeight';

describe('sticks', () => {
  it('keeps a bar up to 40% of the window stuck, and lets a taller one scroll', () => {
    const desk = (height: number) => ({ width: 1280, height });
    expect([sticks(320, desk(800)), sticks(320.5, desk(800)), sticks(1276, desk(800)), sticks(184, desk(768))]).toEqual([true, false, false, true]);
  });
  it('never keeps a phone’s bar stuck, however short (600 px wide and under)', () => {
    expect([sticks(100, { width: 600, height: 900 }), sticks(100, { width: 601, height: 900 })]).toEqual([false, true]);
  });
});
