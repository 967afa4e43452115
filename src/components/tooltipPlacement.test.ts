import { tooltipPlacement } from './tooltipPlacement';

describe('tooltipPlacement', () => {
  const size = { width: 300, height: 200 };
  const frame = { width: 650, height: 400 };

  it('goes right of a mark on the left, level with it', () => {
    expect(tooltipPlacement({ x0: 100, y0: 150, x1: 180, y1: 180 }, size, frame)).toEqual({ x: 190, y: 138 });
  });

  it('goes left of a mark on the right, kept inside the frame’s bottom', () => {
    expect(tooltipPlacement({ x0: 500, y0: 350, x1: 560, y1: 380 }, size, frame)).toEqual({ x: 190, y: 200 });
  });

  it('goes below a mark when the frame is too narrow for either side', () => {
    expect(tooltipPlacement({ x0: 120, y0: 100, x1: 200, y1: 130 }, size, { width: 320, height: 600 })).toEqual({ x: 10, y: 140 });
  });

  it('goes above a mark near the bottom of a narrow frame', () => {
    expect(tooltipPlacement({ x0: 120, y0: 500, x1: 200, y1: 530 }, size, { width: 320, height: 600 })).toEqual({ x: 10, y: 290 });
  });
});
