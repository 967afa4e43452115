import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, rasterScale } from './presets';

describe('rasterScale', () => {
  it('keeps the pixel ratio where the canvas can hold it', () => {
    expect(rasterScale(1200, 675, 2)).toBe(2);
  });
  // 2,000 plants with the longest names drew a map 623 × 64,779 px: at 2× past Chromium's canvas, no PNG at all.
  it('scales a very tall image down to the canvas’s longest side, and a very large one to its area', () => {
    expect(Math.floor(64779 * rasterScale(623, 64779, 2))).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(Math.floor(64779 * rasterScale(623, 64779, 2))).toBeGreaterThanOrEqual(MAX_CANVAS_SIDE - 1);
    expect(Math.floor(20000 * rasterScale(20000, 20000, 2)) ** 2).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(rasterScale(20000, 20000, 2)).toBeCloseTo(Math.sqrt(MAX_CANVAS_AREA) / 20000, 10);
  });
});
