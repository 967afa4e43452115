import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The width, in CSS pixels, every measured element is drawn at in the pre-rendered page — and so in the
 * hydration render, which must produce the same markup. The ResizeObserver's first report then redraws at
 * the real width. 635 is a chart card's body in a 1,400 px window (two columns); 1,440 px and wider give 655
 * (the page's max-width). A wider card redraws wider at the same height (the EV chart grows 3% taller, a
 * layout shift of ~0.0005); a narrower one scales the drawing down to fit (CSS) until it is redrawn.
 */
export const PRERENDER_WIDTH = 635;

/**
 * True in the render that must match the pre-rendered HTML: on the server at build time, and in the
 * client's hydration of that HTML (set by main.tsx). Every card then renders in the first pass and charts
 * start at PRERENDER_WIDTH instead of waiting for a measurement.
 */
export const PrerenderContext = createContext(false);

export function useIsPrerender(): boolean {
  return useContext(PrerenderContext);
}

const noSubscription = () => () => {};

/**
 * False on the server and in the hydration render, true afterwards (React re-renders once hydration is
 * done) and in any render that is not a hydration: what a component that cannot render on the server checks.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
