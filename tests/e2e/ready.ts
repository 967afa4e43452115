import { expect, type Page } from '@playwright/test';

/** Waits until the dataset is in and every card has drawn its chart (or says why it has none), map outlines included. */
export async function ready(page: Page) {
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible();
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('figure.is-loading')).toHaveCount(0);
  for (const figure of await page.locator('figure[data-chart]').all()) {
    await expect(figure.locator('.card-body svg, .card-body .empty-state').first()).toBeVisible();
  }
  // The map's country outlines are a separate request that lands after the first draw.
  await expect(page.locator('figure[data-chart] [aria-busy="true"]')).toHaveCount(0);
}
