import { useEffect, type RefObject } from 'react';

const LAYERS = 'g[class^="recharts-zIndex-layer"]:not([tabindex])';

function markLayers(root: HTMLElement) {
  for (const layer of root.querySelectorAll(LAYERS)) layer.setAttribute('tabindex', '-1');
}

/**
 * Takes Recharts' z-index layer groups out of the tab order. Recharts renders marks into them through React
 * portals, React puts focus listeners on every portal container, and Chromium makes an SVG element with
 * focus listeners focusable — so without this each layer is an empty tab stop between the bars. Recharts
 * creates the layers in its own later renders, hence the observer.
 */
export function useUntabbableLayers(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    markLayers(root);
    const observer = new MutationObserver(() => markLayers(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
