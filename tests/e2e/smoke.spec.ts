import { expect, test } from '@playwright/test';
import { ready } from './ready';

test('the dashboard loads with no console errors and shows four figures with data', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Alliance Atlas' })).toBeVisible();
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  for (const chart of ['sales', 'ev', 'ownership', 'plants']) {
    await expect(page.locator(`figure[data-chart="${chart}"] figcaption`)).not.toBeEmpty();
  }
  await expect(page.getByText(/8 years of sales · 4 brands · \d+ plants/)).toBeVisible();
  // Only check for errors once the lazy view chunks and the map outlines have loaded and run.
  await ready(page);
  expect(errors).toEqual([]);
});
