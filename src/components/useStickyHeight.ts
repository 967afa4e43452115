import { useLayoutEffect, type RefObject } from 'react';

/**
 * Writes the element's height to `--sticky-height` on <html>, kept current with a ResizeObserver: the
 * page's scroll-padding (styles.css) keeps what focus scrolls to clear of the sticky filter bar, whose
 * height changes as it wraps (one row on a wide window, three at 1,366 px).
 */
export function useStickyHeight(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver((entries) => {
      const height = entries[0]?.borderBoxSize?.[0]?.blockSize ?? entries[0]?.contentRect.height;
      if (height !== undefined) root.style.setProperty('--sticky-height', `${Math.ceil(height)}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-height');
    };
  }, [ref]);
}
