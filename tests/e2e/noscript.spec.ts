import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the page says the charts need it, instead of a blank page', async ({ page }) => {
  await page.goto('/');
  const note = page.locator('.noscript-note');
  await expect(note).toBeVisible({ timeout: 15_000 });
  await expect(note).toContainText('Alliance Atlas needs JavaScript.');
  await expect(note).toContainText('Turn JavaScript on for this page');
  await page.screenshot({ path: 'test-results/noscript.png' });
});
