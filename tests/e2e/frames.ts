import type { Page } from '@playwright/test';

/**
 * A record of every frame a page paints, kept in the page from before its HTML is parsed: a
 * requestAnimationFrame loop reads, before each paint, what that paint will show (while #root is shown), a
 * MutationObserver counts inserted skeletons and a PerformanceObserver adds up layout shift.
 */

declare global {
  interface Window {
    record: { frames: number; skeletons: number; framesWithoutSalesBars: number; badFrames: string[]; shift: number };
  }
}

/** `check` runs before every paint while #root is visible and returns what is wrong with that frame, or null. */
export function recordFrames(page: Page, check: string) {
  return page.addInitScript((checkSource: string) => {
    const isWrong = new Function(`return (${checkSource})`)() as () => string | null;
    const record = { frames: 0, skeletons: 0, framesWithoutSalesBars: 0, badFrames: [] as string[], shift: 0 };
    window.record = record;
    new MutationObserver((mutations) => {
      for (const m of mutations) for (const node of m.addedNodes) {
        if (node instanceof Element && (node.matches('.is-loading, .skeleton') || node.querySelector('.is-loading, .skeleton'))) record.skeletons++;
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.shift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    const frame = () => {
      const root = document.getElementById('root');
      // Shown: neither display: none nor visibility: hidden, on #root or above it.
      if (root?.checkVisibility({ visibilityProperty: true })) {
        record.frames++;
        const body = document.querySelector('figure[data-chart="sales"] .card-body');
        if (body && !body.querySelector('rect.sales-segment')) record.framesWithoutSalesBars++;
        const wrong = isWrong();
        if (wrong && record.badFrames.length < 5) record.badFrames.push(wrong);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, check);
}

export const recorded = (page: Page) => page.evaluate(() => window.record);
