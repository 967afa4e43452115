import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ready, downloadFrom } from './ready';

// A phone: the map zooms with two fingers and pans with one once zoomed; Reset view brings the plain map back.
test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

const card = 'figure[data-chart="plants"]';
const PLAIN = '1 0 0';

/** Drives raw touch points through the DevTools protocol, as a finger on a touch screen does. */
async function touchDriver(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return (type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly (readonly [number, number])[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
}

async function pinchOut(page: Page, centre: { x: number; y: number }) {
  const touch = await touchDriver(page);
  await touch('touchStart', [[centre.x - 20, centre.y], [centre.x + 20, centre.y]]);
  for (let step = 1; step <= 6; step += 1) {
    await touch('touchMove', [[centre.x - 20 - step * 12, centre.y], [centre.x + 20 + step * 12, centre.y]]);
  }
  await touch('touchEnd', []);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.locator(`${card} svg.plants-svg`).scrollIntoViewIfNeeded();
});

test('a two-finger pinch zooms the map with symbols kept at their size; Reset view restores it exactly', async ({ page }) => {
  const map = page.locator(`${card} svg.plants-svg`);
  const view = map.locator('g.plants-zoom');
  await expect(view).toHaveAttribute('data-view', PLAIN);
  const mark = map.locator('[data-plant="tangier"]');
  const before = await mark.boundingBox();
  const box = await map.boundingBox();
  if (!before || !box) throw new Error('the map is not laid out');

  // Fingers 40 px apart spread to 184 px over Europe: about 4.6×.
  await pinchOut(page, { x: before.x + before.width / 2, y: before.y + before.height / 2 });
  await expect.poll(async () => Number((await view.getAttribute('data-view'))?.split(' ')[0]), { timeout: 30_000 }).toBeGreaterThan(3);
  expect(await view.evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
  await expect(map).toHaveClass(/is-zoomed/);
  // The symbol stays under the fingers and keeps its size on screen (drawn at 1 / zoom).
  const zoomed = await mark.boundingBox();
  expect(zoomed?.width).toBeCloseTo(before.width, 0);
  expect(Math.abs((zoomed?.x ?? 0) + (zoomed?.width ?? 0) / 2 - (before.x + before.width / 2))).toBeLessThan(4);
  await page.screenshot({ path: test.info().outputPath('map-pinched-375.png') });

  const reset = page.locator(card).getByRole('button', { name: 'Reset view' });
  await expect(reset).toBeEnabled();
  // As for Europe below: tap until the view is plain (Reset is harmless twice; once plain, the button is disabled).
  await expect(async () => {
    if (await reset.isEnabled()) await reset.tap();
    await expect(view).toHaveAttribute('data-view', PLAIN, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect(await view.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
  expect(await mark.boundingBox()).toEqual(before);
  await expect(reset).toBeDisabled();
});

test('once zoomed, one finger pans the map; the region buttons still work and start from the plain map', async ({ page }) => {
  const map = page.locator(`${card} svg.plants-svg`);
  const view = map.locator('g.plants-zoom');
  await page.locator(card).getByRole('button', { name: 'Zoom in' }).tap();
  await expect(view).toHaveAttribute('data-view', /^1\.5 /);
  const panned = (await view.getAttribute('data-view')) ?? '';
  const box = await map.boundingBox();
  if (!box) throw new Error('the map is not laid out');
  const touch = await touchDriver(page);
  const start = [box.x + box.width / 2, box.y + 60] as const;
  await touch('touchStart', [start]);
  for (let step = 1; step <= 5; step += 1) await touch('touchMove', [[start[0] - step * 10, start[1] - step * 4]]);
  await touch('touchEnd', []);
  // 50 px left and 20 px up, in the map's pixels (the SVG is drawn at its own size).
  const [k, x, y] = panned.split(' ').map(Number) as [number, number, number];
  const viewNow = async () => ((await view.getAttribute('data-view')) ?? '').split(' ').map(Number);
  await expect.poll(async () => (await viewNow()).map((n) => Math.round(n)), { timeout: 30_000 }).toEqual([Math.round(k), Math.round(x - 50), Math.round(y - 20)]);

  // A tap right after a synthetic touch gesture can be taken for its end under load: tap until Europe is
  // chosen (choosing it twice is harmless), then check what it drew.
  const europe = page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'Europe' });
  await expect(async () => {
    await europe.tap();
    await expect(europe).toHaveAttribute('aria-pressed', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // Tangier alone: Togliatti, in Europe too, is no longer the Alliance's in 2023 (AvtoVAZ's stakes end in 2022).
  await expect(map.locator('[data-plant]')).toHaveCount(1);
  await expect(view).toHaveAttribute('data-view', PLAIN);
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false });

  test('the export draws the plain map even while the screen is zoomed', async ({ page }) => {
  const figure = page.locator(card);
  await figure.getByRole('button', { name: 'Zoom in' }).click();
  await expect(figure.locator('g.plants-zoom')).toHaveAttribute('data-view', /^1\.5 /);
  const file = await downloadFrom(page, () => figure.getByRole('button', { name: 'Download SVG', exact: true }).click());
  const svg = readFileSync(await file.path(), 'utf8');
  expect(svg).toContain('class="plants-zoom"');
  expect(svg).toContain('class="plant-mark');
  expect(svg).not.toMatch(/scale\(/);
});
});
