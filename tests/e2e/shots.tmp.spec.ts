import { test } from '@playwright/test';
import { ready } from './ready';

for (const width of [1400, 375]) {
  test(`shot ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('/?years=2011-2018&at=2016');
    await ready(page);
    await page.locator('.filter-bar').screenshot({ path: `/tmp/shots-time/filter-${width}.png` });
    await page.locator('figure[data-chart="ev"]').screenshot({ path: `/tmp/shots-time/ev-${width}.png` });
    await page.screenshot({ path: `/tmp/shots-time/page-${width}.png`, fullPage: true });
  });
}
test('compare', async ({ page }) => {
  await page.goto('/?at=2016&vs=2023');
  await ready(page);
  await page.evaluate(() => document.querySelector('.filter-bar')?.setAttribute('style', 'position: static'));
  await page.locator('figure[data-chart="ownership"]').screenshot({ path: `/tmp/shots-time/compare.png` });
  await page.locator('figure[data-chart="plants"]').screenshot({ path: `/tmp/shots-time/compare-plants.png` });
  await page.setViewportSize({ width: 375, height: 1000 });
  await page.locator('figure[data-chart="ownership"]').screenshot({ path: `/tmp/shots-time/compare-375.png` });
});
