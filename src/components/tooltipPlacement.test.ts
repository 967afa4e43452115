import { tooltipCss, tooltipPlacement } from './tooltipPlacement';

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

describe('tooltipCss', () => {
  const frame = { width: 340, height: 300 };
  it('pins a card placed above its mark by its bottom edge, so a taller card grows away from the mark', () => {
    // A mark low in a narrow frame: no room right, left or below, so above — its bottom 10 px over the mark.
    expect(tooltipCss({ x0: 160, y0: 250, x1: 180, y1: 270 }, { width: 300, height: 170 }, frame)).toEqual({ left: 20, bottom: 60 });
  });
  it('gives a top for a card beside or below its mark', () => {
    expect(tooltipCss({ x0: 160, y0: 40, x1: 180, y1: 60 }, { width: 300, height: 170 }, frame)).toEqual({ left: 20, top: 70 });
    expect(tooltipCss({ x0: 10, y0: 100, x1: 20, y1: 110 }, { width: 100, height: 50 }, frame)).toEqual({ left: 30, top: 88 });
  });
});
