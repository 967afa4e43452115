import { expect, test, type Page } from '@playwright/test';
import { ready } from './ready';

// The keyboard model of every chart: one tab stop per chart (its first mark), the arrow keys inside it,
// and no other stop in the drawing — not even Recharts' layer groups, which Chromium would make focusable.

const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;

/** What has focus: its aria-label (or tag), whether it is inside the card's drawing, and whether it is a mark. */
const focused = (page: Page, chart: string) =>
  page.evaluate((chart) => {
    const el = document.activeElement;
    const card = document.querySelector(`figure[data-chart="${chart}"]`);
    return {
      label: el?.getAttribute('aria-label') ?? `${el?.tagName}.${el?.getAttribute('class')}`,
      isInDrawing: Boolean(el && card?.querySelector('.card-body')?.contains(el) && el.closest('svg')),
      isMark: Boolean(el?.matches('[role="button"], [role="img"]')),
    };
  }, chart);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
});

for (const chart of CHARTS) {
  test(`${chart}: one tab stop: Tab enters on the first mark, leaves on the next Tab, Shift+Tab returns to the mark last visited`, async ({ page }) => {
    const card = page.locator(`figure[data-chart="${chart}"]`);
    const marks = card.locator('.card-body svg [role="button"], .card-body svg [role="img"]');
    await expect(marks.first()).toBeVisible({ timeout: 20_000 });
    const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const outside = async () => {
      const f = await focused(page, chart);
      return f.isInDrawing ? f.label : 'outside';
    };
    // Exactly one tab stop among the marks: the first drawn.
    await expect.poll(() => marks.evaluateAll((els) => els.flatMap((el) => (el.getAttribute('tabindex') === '0' ? [el.getAttribute('aria-label')] : [])))).toEqual([labels[0]]);
    // From the stop before the drawing, Tab lands on the first mark: no empty layer in between.
    await marks.first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(outside).toBe('outside');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[0], isInDrawing: true, isMark: true });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[1], isInDrawing: true, isMark: true });
    // One Tab leaves the drawing: no empty layer, no second mark after it.
    await page.keyboard.press('Tab');
    await expect.poll(outside).toBe('outside');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[1], isInDrawing: true, isMark: true });
  });
}
