import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PRERENDER_WIDTH, useIsPrerender } from './prerenderContext';

/**
 * The element's content width in CSS pixels, kept current with a ResizeObserver; 0 until measured, or
 * `prerenderWidth` in a pre-rendered page (the server cannot measure, and hydration must draw what it drew).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, prerenderWidth = PRERENDER_WIDTH): number {
  const isPrerender = useIsPrerender();
  const [width, setWidth] = useState(isPrerender ? prerenderWidth : 0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // No clientWidth read here: during a commit it forces a layout of the whole page (33–44 ms measured
    // with four views). The observer's first report comes after the browser's own layout, before paint;
    // flushSync draws at that width in the same frame, so the chart never paints at width 0.
    // (An observer that reports from inside observe(), as test stubs do, is already inside this effect,
    // whose updates React applies before paint anyway; flushSync there would only warn.)
    let isFirst = true;
    let isObserving = true;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next === undefined) return;
      if (isFirst && !isObserving) flushSync(() => setWidth(Math.round(next)));
      else setWidth(Math.round(next));
      isFirst = false;
    });
    observer.observe(el);
    isObserving = false;
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
