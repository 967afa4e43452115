import { expect, test } from '@playwright/test';
import { ready } from './ready';

// A phone: taps, not hover. The first tap on a mark must show what it is before anything opens.
test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
});

const sourcePanel = (page: import('@playwright/test').Page) => page.locator('dialog.source-panel[open]');

test('a tap on a bar shows its tooltip with a Source button; a second tap opens the source panel', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  const bar = card.getByRole('button', { name: /^Nissan 2017:/ });
  await bar.scrollIntoViewIfNeeded();
  await bar.tap();
  const tooltip = card.getByRole('tooltip');
  await expect(tooltip).toContainText('5,816,278');
  await expect(tooltip.getByRole('button', { name: 'Source' })).toBeVisible();
  await expect(sourcePanel(page)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('tap-tooltip-375.png') });
  await bar.tap();
  await expect(sourcePanel(page)).toBeVisible();
  await expect(sourcePanel(page)).toContainText('5,816,278');
});

test('the tooltip’s Source button opens the panel; a tap elsewhere closes the tooltip', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: /^Renault 2012:/ }).tap();
  const tooltip = card.getByRole('tooltip');
  await expect(tooltip).toContainText('2,550,286');
  await page.locator('h1').tap();
  await expect(tooltip).toHaveCount(0);
  await card.getByRole('button', { name: /^Renault 2012:/ }).tap();
  await tooltip.getByRole('button', { name: 'Source' }).tap();
  await expect(sourcePanel(page)).toBeVisible();
  await expect(sourcePanel(page)).toContainText('2,550,286');
});

test('EV milestones: a first tap on a dot shows its tooltip, a second opens the source', async ({ page }) => {
  const card = page.locator('figure[data-chart="ev"]');
  const dot = card.getByRole('button', { name: /^Alliance: about 500,000 sales, Dec 2017/ });
  await dot.scrollIntoViewIfNeeded();
  await dot.tap();
  await expect(card.getByRole('tooltip')).toContainText('500,000');
  await expect(sourcePanel(page)).toHaveCount(0);
  await dot.tap();
  await expect(sourcePanel(page)).toBeVisible();
});
