import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious and critical axe violations (axe's default rule set: WCAG 2.0–2.2 A/AA and best practices,
 * experimental rules excluded), one readable line per failing node.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Violations alone: axe then keeps one node per passed rule instead of thousands (~20% of a scan's time).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}
