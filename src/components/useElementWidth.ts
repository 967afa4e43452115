import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PRERENDER_WIDTH, useIsPrerender } from './prerenderContext';

let frameTaken = false;

/**
 * Whether a chart measured now is drawn inside this frame: the first one measured in a frame is, the others
 * right after it and painted in a later frame. Charts whose data and code arrive together are measured in the
 * same frame, and drawing each inside it made the first chart wait for the others (at the 100× benchmark
 * dataset the sales chart waited ~0.5 s for the EV lines).
 */
function drawInThisFrame(): boolean {
  if (frameTaken) return false;
  frameTaken = true;
  requestAnimationFrame(() => {
    frameTaken = false;
  });
  return true;
}

/**
 * The element's content width in CSS pixels, kept current with a ResizeObserver; 0 until measured, or
 * `prerenderWidth` in a pre-rendered page (the server cannot measure, and hydration must draw what it drew).
 * A chart (`isChart`) takes its turn in the frame; anything cheaper is drawn in the frame that measures it.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, prerenderWidth = PRERENDER_WIDTH, isChart = true): number {
  const isPrerender = useIsPrerender();
  const [width, setWidth] = useState(isPrerender ? prerenderWidth : 0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // No clientWidth read here: during a commit it forces a layout of the whole page (33–44 ms measured
    // with four views). The observer's first report comes after the browser's own layout, before paint;
    // flushSync draws at that width in the same frame, so the chart never paints at width 0 (a chart whose
    // turn it is not paints as it was for one frame, then at its width).
    // (An observer that reports from inside observe(), as test stubs do, is already inside this effect,
    // whose updates React applies before paint anyway; flushSync there would only warn.)
    let isFirst = true;
    let isObserving = true;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next === undefined) return;
      if (isFirst && !isObserving && (!isChart || drawInThisFrame())) flushSync(() => setWidth(Math.round(next)));
      else setWidth(Math.round(next));
      isFirst = false;
    });
    observer.observe(el);
    isObserving = false;
    return () => observer.disconnect();
  }, [ref, isChart]);
  return width;
}
