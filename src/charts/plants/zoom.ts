// The map's pinch, drag, wheel and button zoom as pure arithmetic on one view transform. Screen point =
// map point × k + (x, y); the map always covers its frame, so at k = 1 the view is the plain map.

import { distance, type Point } from '../../components/geometry';

/** A view of the map: scale k ≥ 1 and the translation (x, y), in the map's own pixels. */
export interface MapView {
  k: number;
  x: number;
  y: number;
}


export const IDENTITY_VIEW: MapView = { k: 1, x: 0, y: 0 };
/** Deepest zoom: plants a few km apart in one city are told apart near 8×. */
export const MAX_ZOOM = 8;
/** One press of + or −, or one keyboard step. */
export const ZOOM_STEP = 1.5;

export const isIdentityView = (view: MapView) => view.k === 1 && view.x === 0 && view.y === 0;

/** The view with k within [1, MAX_ZOOM] and moved so the zoomed map still covers the whole frame. */
export function clampView(view: MapView, frame: { width: number; height: number }): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
  const clamp = (value: number, size: number) => Math.min(0, Math.max(size - size * k, value));
  return { k, x: clamp(view.x, frame.width), y: clamp(view.y, frame.height) };
}

/** Zoomed by `factor` about `focus` (a screen point, which stays over the same map point). */
export function zoomAbout(view: MapView, factor: number, focus: Point, frame: { width: number; height: number }): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  const ratio = k / view.k;
  return clampView({ k, x: focus.x - (focus.x - view.x) * ratio, y: focus.y - (focus.y - view.y) * ratio }, frame);
}

/** Moved by (dx, dy) screen pixels. */
export function panBy(view: MapView, dx: number, dy: number, frame: { width: number; height: number }): MapView {
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, frame);
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The view during a two-finger pinch that started at `from` fingers with `start` view: the scale follows
 * the fingers' spread, and the map point under their first midpoint follows their midpoint now.
 */
export function pinchView(start: MapView, from: readonly [Point, Point], to: readonly [Point, Point], frame: { width: number; height: number }): MapView {
  const spread = distance(from[0], from[1]);
  const factor = spread > 0 ? distance(to[0], to[1]) / spread : 1;
  const k = Math.min(MAX_ZOOM, Math.max(1, start.k * factor));
  const m0 = midpoint(from[0], from[1]);
  const m1 = midpoint(to[0], to[1]);
  const anchor = { x: (m0.x - start.x) / start.k, y: (m0.y - start.y) / start.k };
  return clampView({ k, x: m1.x - anchor.x * k, y: m1.y - anchor.y * k }, frame);
}

/** A map point on screen under `view`. */
export const viewPoint = (view: MapView, point: Point): Point => ({ x: point.x * view.k + view.x, y: point.y * view.k + view.y });

/** The CSS transform that draws the map under `view` (CSS, not an attribute: the export draws the plain map). */
export const viewTransform = (view: MapView) => `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
