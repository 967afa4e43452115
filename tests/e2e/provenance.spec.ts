import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './ready';

const panel = (page: Page) => page.getByRole('dialog');

async function openFrom(page: Page, point: Locator) {
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('figure[data-chart="plants"] [aria-label^="Tangier"]')).toBeVisible();
});

const POINTS = [
  { chart: 'sales', label: /^Nissan 2017:/, number: '5,816,278' },
  { chart: 'ev', label: /^Nissan Leaf: 100,000/, number: '100,000' },
  { chart: 'ownership', label: /^Renault holds 15% of Nissan/, number: '15%' },
  { chart: 'plants', label: /^Tangier/, number: '170,000' },
] as const;

// The four charts on one page (each step closes its panel): a page load is most of a test's cost on CI.
test('a data point of each chart opens its source with the number marked in the quote, and Escape returns to it', async ({ page }) => {
  test.slow(); // four source panels opened and closed in one test
  for (const { chart, label, number } of POINTS) await test.step(chart, async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const point = page.locator(`figure[data-chart="${chart}"]`).getByLabel(label).first();
    await openFrom(page, point);
    await expect(panel(page).locator('blockquote').first()).toContainText(number);
    await expect(panel(page).locator('mark').first()).toHaveText(number);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(point).toBeFocused();
  });
});

test('the 500,000 milestone is not called a disagreement: the table’s date and the prose’s bound both hold', async ({ page }) => {
  const point = page.locator('figure[data-chart="ev"]').getByLabel(/^Alliance: 500,000 sold, Oct 2017/);
  await openFrom(page, point);
  await expect(panel(page).locator('blockquote').first()).toContainText('Oct 2017 — Alliance global EV sales reached 500,000 units.');
  await expect(panel(page).getByRole('heading', { name: 'Sources disagree' })).toHaveCount(0);
  await expect(panel(page).locator('.source-disagree')).toHaveCount(0);
});

test('Renault’s stake in Nissan shows 43.4% and 43.3% side by side: two figures in one source', async ({ page }) => {
  await page.goto('/?years=2011-2017');
  const edge = page.locator('figure[data-chart="ownership"]').getByLabel(/^Renault holds 43.4% of Nissan/);
  await openFrom(page, edge);
  const compare = panel(page).locator('.source-disagree');
  await expect(compare.getByRole('heading', { name: 'Two figures in one source' })).toBeVisible();
  await expect(compare.locator('.source-compare-date')).toHaveText(['43.4% (this record)', '43.3%']);
  await expect(compare.locator('.source-compare-col').nth(1)).toContainText('In 2023, Renault reduced its 43.3% voting stake in Nissan to 15%');
  await expect(compare.locator('mark')).toHaveText(['43.4%', '43.4%', '43.3%']);
});

test('a source button in a figure footer opens that source, and the French one is labelled', async ({ page }) => {
  await page.goto('/?years=2022');
  const button = page.locator('figure[data-chart="ownership"]').getByRole('button', { name: /Alpine négocie/ });
  await button.click();
  await expect(panel(page)).toContainText('French');
  await page.getByRole('button', { name: 'Close source panel' }).click();
  await expect(button).toBeFocused();
});
