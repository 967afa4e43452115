import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The width, in CSS pixels, every measured element is drawn at in the pre-rendered page — and so in the
 * hydration render, which must produce the same markup. The ResizeObserver's first report then redraws at
 * the real width. 655 is a chart card's body on every screen 1,440 px wide or more (the page's max-width, two
 * columns), so there the redraw changes nothing; elsewhere a chart whose height follows its width moves what is below it.
 */
export const PRERENDER_WIDTH = 655;

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
