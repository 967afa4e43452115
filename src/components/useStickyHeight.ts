import { useLayoutEffect, type RefObject } from 'react';

/**
 * Past this share of the window's height the filter bar no longer sticks to the top: a dataset with many brands
 * of long ids (within its limits) wraps it taller than the window, and stuck it hid the charts and its own last
 * controls (a hostile-data review: 1,276 px at 1280 × 800). The default bar is 184–271 px on a desktop or tablet.
 */
export const MOST_STICKY_SHARE = 0.4;

/** Up to this window width the bar never sticks (styles.css: a phone's screen is for the charts). */
export const PHONE_WIDTH = 600;

/** Whether a bar `height` px tall may stick to the top of a window (MOST_STICKY_SHARE of its height; not on a phone). */
export const sticks = (height: number, view: { width: number; height: number }) => view.width > PHONE_WIDTH && height <= view.height * MOST_STICKY_SHARE;

/**
 * Writes the element's height to `--sticky-height` on <html>, kept current with a ResizeObserver: the
 * page's scroll-padding (styles.css) keeps what focus scrolls to clear of the sticky filter bar, whose
 * height changes as it wraps (one row on a wide window, three at 1,366 px). A bar too tall to stick (`sticks`)
 * sets `data-filter-bar="scrolls"` on <html> instead, and the bar scrolls with the page, with no padding kept for it
 * and Play's controls floating while the years play.
 */
export function useStickyHeight(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    let height: number | null = null;
    const apply = () => {
      if (height === null) return;
      root.style.setProperty('--sticky-height', `${Math.ceil(height)}px`);
      if (sticks(height, { width: window.innerWidth, height: window.innerHeight })) delete root.dataset.filterBar;
      else root.dataset.filterBar = 'scrolls';
    };
    const observer = new ResizeObserver((entries) => {
      height = entries[0]?.borderBoxSize?.[0]?.blockSize ?? entries[0]?.contentRect.height ?? height;
      apply();
    });
    observer.observe(el);
    // A window made shorter (or taller) changes the share with the bar's height unchanged.
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      root.style.removeProperty('--sticky-height');
      delete root.dataset.filterBar;
    };
  }, [ref]);
}
