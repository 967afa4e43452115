import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious and critical axe violations (axe's default rule set: WCAG 2.0–2.2 A/AA and best practices,
 * experimental rules excluded), one readable line per failing node.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Violations alone: axe then keeps one node per passed rule instead of thousands (~20% of a scan's time).
  // Legacy mode runs axe in the page itself. The default opens a blank page to merge each frame's results, which
  // took 5.0–6.0 s of a scan of the French dashboard against 1.3 s (measured back to back); the pages scanned
  // here hold no iframe, so there is nothing to merge — and a page that comes to hold one must say so here.
  if (page.frames().length !== 1) throw new Error(`axe in legacy mode would not merge the results of ${page.frames().length - 1} iframe(s)`);
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}
