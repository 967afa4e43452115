import { expect, test } from '@playwright/test';
import { testLaunchOptions } from '../../scripts/chromium.mjs';

// With the scrollbars a desktop shows: Playwright hides them (--hide-scrollbars), and with them hidden the page's
// width never changes as it grows taller than the window.
test.use({ launchOptions: testLaunchOptions({ ignoreDefaultArgs: ['--hide-scrollbars'] }) });

declare global {
  interface Window {
    firstDrawn: { chart: string; drawnAt: number; cardWidth: number; hasMarks: boolean }[];
  }
}

test('a page drawn by its script brings each chart with its card, at the width it keeps', async ({ page }) => {
  // Each card's skeleton is laid out (and measured) while the dataset is held back; the charts then start at that
  // width, their marks in the render that brings the data. Started at width 0, a card's body was in the page
  // without marks until the chart's own ResizeObserver reported. And the page keeps the scrollbar's room from the
  // start: else the charts, once in, make it scroll and every card narrower than its skeleton was.
  await page.addInitScript(() => {
    window.firstDrawn = [];
    new MutationObserver(() => {
      // The pre-rendered default page, hidden on this address and parsed bit by bit, is not looked at: the
      // client render drops it and its <html> mark.
      if (document.documentElement.dataset.prerender !== undefined) return;
      for (const body of document.querySelectorAll<HTMLElement>('figure[data-chart]:not(.is-loading) .card-body')) {
        const chart = body.closest('figure')?.getAttribute('data-chart') ?? '?';
        if (window.firstDrawn.some((entry) => entry.chart === chart)) continue;
        const svg = body.querySelector('svg:is(.sales-static, .ev-svg, .plants-svg, .ownership-svg)');
        window.firstDrawn.push({ chart, drawnAt: Number(svg?.getAttribute('width') ?? 0), cardWidth: body.clientWidth, hasMarks: !!svg?.querySelector('rect, path, circle') });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/alliance.json', async (route) => {
    await released;
    await route.continue();
  });
  // Not 'load': the page's preload of the dataset holds that event back.
  await page.goto('/?years=2014-2016&brands=Renault', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('.skeleton')).toHaveCount(4, { timeout: 30_000 });
  // Two frames more: each skeleton's ResizeObserver has reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  release();
  await expect(page.locator('figure[data-chart="sales"] rect.sales-segment')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.locator('figure[data-chart].is-loading')).toHaveCount(0, { timeout: 30_000 });
  for (const svg of ['.ev-svg', '.ownership-svg', '.plants-svg']) await expect(page.locator(`figure[data-chart] ${svg}`)).toBeVisible({ timeout: 30_000 });
  // The page does scroll here, so a scrollbar is shown and has room.
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
  const first = await page.evaluate(() => window.firstDrawn);
  expect(first.map(({ chart }) => chart).sort()).toEqual(['ev', 'ownership', 'plants', 'sales']);
  for (const { chart, drawnAt, cardWidth, hasMarks } of first) {
    expect.soft(hasMarks, `${chart}: marks with the card`).toBe(true);
    // The ownership diagram is drawn at its own width and scaled (no width attribute).
    if (chart !== 'ownership') expect.soft(drawnAt, `${chart}: drawn at the card's width`).toBe(cardWidth);
  }
});
