import { clampView, IDENTITY_VIEW, isIdentityView, MAX_ZOOM, panBy, pinchView, viewPoint, viewTransform, zoomAbout } from './zoom';

const frame = { width: 600, height: 300 };

describe('clampView', () => {
  it('keeps k within 1…MAX_ZOOM', () => {
    expect(clampView({ k: 0.5, x: 0, y: 0 }, frame)).toEqual(IDENTITY_VIEW);
    expect(clampView({ k: 20, x: 0, y: 0 }, frame).k).toBe(MAX_ZOOM);
  });

  it('keeps the zoomed map over the whole frame', () => {
    // At 2× the map is 1200 × 600: x within [-600, 0], y within [-300, 0].
    expect(clampView({ k: 2, x: 50, y: -900 }, frame)).toEqual({ k: 2, x: 0, y: -300 });
  });
});

describe('zoomAbout', () => {
  it('keeps the map point under the focus where it was', () => {
    const view = zoomAbout(IDENTITY_VIEW, 2, { x: 300, y: 150 }, frame);
    expect(view).toEqual({ k: 2, x: -300, y: -150 });
    expect(viewPoint(view, { x: 300, y: 150 })).toEqual({ x: 300, y: 150 });
  });

  it('zooming out past 1 gives the plain map back', () => {
    const zoomed = zoomAbout(IDENTITY_VIEW, 3, { x: 100, y: 100 }, frame);
    expect(zoomAbout(zoomed, 1 / 5, { x: 400, y: 20 }, frame)).toEqual(IDENTITY_VIEW);
  });
});

describe('panBy', () => {
  it('moves a zoomed map, never past its edge', () => {
    const view = { k: 2, x: -300, y: -150 };
    expect(panBy(view, 100, -50, frame)).toEqual({ k: 2, x: -200, y: -200 });
    expect(panBy(view, 1000, 1000, frame)).toEqual({ k: 2, x: 0, y: 0 });
  });

  it('does not move the plain map', () => {
    expect(panBy(IDENTITY_VIEW, 40, 40, frame)).toEqual(IDENTITY_VIEW);
  });
});

describe('pinchView', () => {
  it('scales by the change in the fingers’ spread about their midpoint', () => {
    const view = pinchView(IDENTITY_VIEW, [{ x: 250, y: 150 }, { x: 350, y: 150 }], [{ x: 200, y: 150 }, { x: 400, y: 150 }], frame);
    expect(view).toEqual({ k: 2, x: -300, y: -150 });
  });

  it('moves with the fingers when they move together', () => {
    const start = { k: 2, x: -300, y: -150 };
    const view = pinchView(start, [{ x: 250, y: 150 }, { x: 350, y: 150 }], [{ x: 200, y: 100 }, { x: 300, y: 100 }], frame);
    expect(view).toEqual({ k: 2, x: -350, y: -200 });
  });

  it('treats fingers on one spot as no scale change', () => {
    const same = { x: 10, y: 10 };
    expect(pinchView(IDENTITY_VIEW, [same, same], [same, { x: 90, y: 10 }], frame).k).toBe(1);
  });
});

it('says when a view is the plain map, and writes its CSS transform', () => {
  expect([isIdentityView(IDENTITY_VIEW), isIdentityView({ k: 2, x: 0, y: 0 })]).toEqual([true, false]);
  expect(viewTransform({ k: 2, x: -300, y: -150 })).toBe('translate(-300px, -150px) scale(2)');
});
