import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { Point } from '../../components/geometry';
import { IDENTITY_VIEW, isIdentityView, panBy, pinchView, zoomAbout, ZOOM_STEP, type MapView } from './zoom';

/** A finger or the mouse must move this far (px) before a press becomes a drag, so taps stay taps. */
const DRAG_THRESHOLD = 4;

interface Gesture {
  start: MapView;
  /** Where each pointer went down, and where it is now, in map pixels. */
  from: Map<number, Point>;
  now: Map<number, Point>;
  isDragging: boolean;
}

/**
 * Pinch and drag (pointer events), ctrl+wheel (a trackpad pinch) and + / − / 0 keys on the map. The view is
 * local to this map: it resets when the region or the frame changes, and the export (drawn from the plain
 * map) never sees it. `frame` is the map area in the SVG's own pixels.
 */
export function useMapZoom(svgRef: RefObject<SVGSVGElement | null>, frame: { width: number; height: number }, resetKey: string) {
  const [state, setState] = useState({ key: resetKey, view: IDENTITY_VIEW });
  const view = state.key === resetKey ? state.view : IDENTITY_VIEW;
  // Read by the handlers, which may run again before React re-renders with a view they just set.
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);
  const setView = useCallback((next: MapView) => setState({ key: resetKey, view: next }), [resetKey]);
  const gesture = useRef<Gesture | null>(null);
  const suppressClick = useRef(false);

  /** A pointer's position in map pixels (the SVG may be drawn narrower than its viewBox). */
  const toMap = useCallback((clientX: number, clientY: number): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: clientX, y: clientY };
    const scale = frame.width / rect.width;
    return { x: (clientX - rect.left) * scale, y: (clientY - rect.top) * scale };
  }, [svgRef, frame.width]);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const point = toMap(event.clientX, event.clientY);
    const current = gesture.current;
    const from = new Map(current?.now ?? []);
    from.set(event.pointerId, point);
    // A second finger restarts the gesture from where both fingers are now, as a pinch.
    gesture.current = { start: viewRef.current, from, now: new Map(from), isDragging: from.size > 1 };
    suppressClick.current = false;
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = gesture.current;
    if (!current || !current.now.has(event.pointerId)) return;
    current.now.set(event.pointerId, toMap(event.clientX, event.clientY));
    const [a, b] = [...current.from.keys()];
    if (a === undefined) return;
    if (b !== undefined) {
      setView(pinchView(current.start, [current.from.get(a)!, current.from.get(b)!], [current.now.get(a)!, current.now.get(b)!], frame));
      return;
    }
    const from = current.from.get(a)!;
    const now = current.now.get(a)!;
    if (!current.isDragging && Math.hypot(now.x - from.x, now.y - from.y) < DRAG_THRESHOLD) return;
    if (!current.isDragging) {
      current.isDragging = true;
      svgRef.current?.setPointerCapture?.(event.pointerId);
    }
    setView(panBy(current.start, now.x - from.x, now.y - from.y, frame));
  };

  const onPointerEnd = (event: PointerEvent<SVGSVGElement>) => {
    const current = gesture.current;
    if (!current || !current.now.has(event.pointerId)) return;
    // The click that ends a drag or pinch must not open the plant it started on.
    if (current.isDragging) suppressClick.current = true;
    current.now.delete(event.pointerId);
    gesture.current = current.now.size ? { start: viewRef.current, from: new Map(current.now), now: new Map(current.now), isDragging: true } : null;
  };

  const onClickCapture = (event: MouseEvent) => {
    if (!suppressClick.current) return;
    suppressClick.current = false;
    event.stopPropagation();
  };

  const centre = { x: frame.width / 2, y: frame.height / 2 };
  const zoomIn = () => setView(zoomAbout(viewRef.current, ZOOM_STEP, centre, frame));
  const zoomOut = () => setView(zoomAbout(viewRef.current, 1 / ZOOM_STEP, centre, frame));
  const reset = () => setView(IDENTITY_VIEW);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = event.key === '+' || event.key === '=' ? zoomIn : event.key === '-' || event.key === '_' ? zoomOut : event.key === '0' ? reset : null;
    if (!action) return;
    event.preventDefault();
    action();
  };

  // A trackpad pinch arrives as a wheel event with ctrlKey; a plain wheel keeps scrolling the page.
  // Listened to directly: React's wheel listener is passive and could not stop the browser's page zoom.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setView(zoomAbout(viewRef.current, Math.exp(-event.deltaY * 0.01), toMap(event.clientX, event.clientY), frame));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, setView, toMap, frame]);

  return {
    view,
    isZoomed: !isIdentityView(view),
    zoomIn,
    zoomOut,
    reset,
    onKeyDown,
    svgHandlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd, onClickCapture },
  };
}
