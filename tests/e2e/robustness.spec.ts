import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { drawn, holdDataset, hydrated } from './ready';

const DATA = '**/data/alliance.json';
// The bare address is pre-rendered, so it never shows a loading state; any query makes the page draw
// itself after the dataset arrives (public/prerender-guard.js). This one asks for every year with data.
const NOT_PRERENDERED = '/?years=1999-2023';
const realBody = readFileSync(new URL('../../public/data/alliance.json', import.meta.url), 'utf8');

/** Each way the dataset request can fail, how the test makes it fail, and what the page must say. */
const FAILURES: readonly { name: string; fail: (route: Route) => Promise<void>; message: RegExp; detail?: string }[] = [
  { name: 'a 404', fail: (route) => route.fulfill({ status: 404, body: 'Not found' }), message: /could not be downloaded \(HTTP 404\)/ },
  { name: 'a 500', fail: (route) => route.fulfill({ status: 500, body: 'Oops' }), message: /could not be downloaded \(HTTP 500\)/ },
  {
    name: 'a body that is not JSON',
    fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html><title>Captive portal</title>' }),
    message: /not valid JSON/,
  },
  {
    name: 'a truncated JSON file',
    fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: realBody.slice(0, 2000) }),
    message: /not valid JSON/,
  },
  {
    name: 'JSON that fails validation',
    fail: (route) => {
      const data = JSON.parse(realBody);
      data.sales[3].units = 'abc';
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) });
    },
    message: /The dataset file is not valid\./,
    detail: 'sales[3].units: expected number, got "abc"',
  },
  { name: 'a dropped connection', fail: (route) => route.abort('connectionreset'), message: /could not be downloaded\. Check your connection/ },
];

const errorPanel = (page: Page) => page.getByRole('alert').filter({ hasText: 'The data could not be loaded' });

/** After a fix, Retry must bring the four charts back and the panel must go. */
async function retryLoadsTheCharts(page: Page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await errorPanel(page).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible();
  await expect(errorPanel(page)).toHaveCount(0);
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('figure.is-loading')).toHaveCount(0);
  await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible();
}

for (const { name, fail, message, detail } of FAILURES) {
  test(`${name}: the error panel explains it, and Retry recovers once the file is back`, async ({ page }) => {
    await page.route(DATA, fail);
    await page.goto('/');
    const panel = errorPanel(page);
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(message);
    if (detail) await expect(panel.getByText(detail, { exact: true })).toBeVisible();
    await expect(page.locator('figure[data-chart]')).toHaveCount(0);
    await retryLoadsTheCharts(page);
  });
}

test('Retry that fails again keeps the panel, and a later Retry still works', async ({ page }) => {
  let attempts = 0;
  let answerRetry: () => void = () => {};
  const retryAnswered = new Promise<void>((resolve) => (answerRetry = resolve));
  await page.route(DATA, async (route) => {
    attempts += 1;
    // Hold the retry's answer: the old panel text alone cannot show that the retry failed and was reported.
    if (attempts === 2) await retryAnswered;
    await route.fulfill({ status: 503, body: 'busy' });
  });
  await page.goto('/');
  const panel = errorPanel(page);
  await expect(panel).toContainText('HTTP 503');
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => attempts).toBe(2);
  // While the retry is out there is nothing to retry; once it has failed, the panel says so and offers Retry again.
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  answerRetry();
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(panel).toContainText('HTTP 503');
  await retryLoadsTheCharts(page);
});

test('a request that never answers times out after 15 s with a message, and Retry recovers', async ({ page }) => {
  // page.clock drives AbortSignal.timeout too, so the app's 15 s limit can pass in an instant.
  // The page clock is paused from the start, so the 15 s are page time only, however slow the machine.
  const start = new Date('2026-01-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1_000));
  await page.route(DATA, () => {
    /* never fulfilled: the server has gone quiet */
  });
  // When the page gives up on the file: its request's signal aborts, synchronously, inside the clock step that
  // reaches the limit. Read right after each step, with no wait for anything to settle.
  await page.addInitScript(() => {
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).endsWith('/data/alliance.json')) {
        init?.signal?.addEventListener('abort', () => ((window as unknown as { abortedAt: number }).abortedAt = Date.now()));
      }
      return fetch(input, init);
    };
  });
  const abortedAfter = () => page.evaluate((t0) => {
    const at = (window as unknown as { abortedAt?: number }).abortedAt;
    return at === undefined ? null : at - t0;
  }, start.getTime() + 1_000);
  await page.goto(NOT_PRERENDERED);
  await expect(page.getByText('Loading dataset…')).toBeVisible();
  await page.clock.fastForward(14_000);
  expect(await abortedAfter()).toBeNull();
  // React Query tells the page through a zero-delay timer, which the paused clock runs only when it ticks.
  await page.clock.runFor(1);
  await expect(errorPanel(page)).toHaveCount(0);
  // runFor, unlike fastForward, fires each timer at its own time: the abort is stamped when it falls due.
  await page.clock.runFor(1_500);
  expect(await abortedAfter()).toBe(15_000);
  await page.clock.resume();
  await expect(errorPanel(page)).toContainText('took too long');
  await retryLoadsTheCharts(page);
});

test('the skeletons say they are loading while the file is on its way', async ({ page }) => {
  const release = await holdDataset(page);
  await page.goto(NOT_PRERENDERED);
  await expect(page.locator('figure.is-loading')).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' }).first()).toBeAttached();
  release();
  await expect(page.locator('figure.is-loading')).toHaveCount(0);
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
});

test('hostile but valid data (every plant on one spot, capacity 10^12) draws without page errors', async ({ page }) => {
  // Validation allows this; the views must cope. (A view that throws is contained by its CardBoundary:
  // src/App.test.tsx injects one into the real App and checks the other three keep working.)
  const data = JSON.parse(realBody);
  for (const plant of data.plants) Object.assign(plant, { lat: 0, lon: 0, capacity: 1e12 });
  for (const sale of data.sales) sale.units = 0;
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // The build pre-rendered the real figures; this file's are drawn afresh once it is in.
  await hydrated(page);
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible();
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('figure[data-chart] [role="alert"]')).toHaveCount(0);
  const nissan = page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: 'Nissan' });
  await nissan.click();
  await expect(nissan).toHaveAttribute('aria-pressed', 'false');
  await drawn(page);
  const nanAttributes = await page.evaluate(() =>
    [...document.querySelectorAll('figure[data-chart] svg *')].flatMap((el) =>
      [...el.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${el.tagName}[${a.name}="${a.value.slice(0, 40)}"]`),
    ),
  );
  expect(nanAttributes).toEqual([]);
  expect(errors).toEqual([]);
});

test('a view whose code fails to load shows Retry in its own card; Retry loads it once the network is back', async ({ page }) => {
  await page.route('**/assets/SalesView-*.js', (route) => route.abort('connectionreset'));
  await page.goto('/');
  const sales = page.locator('figure[data-chart="sales"]');
  const panel = sales.getByRole('alert');
  await expect(panel).toContainText('This view could not be drawn');
  await expect(page.locator('figure[data-chart="ev"] .card-body svg').first()).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  // Once in a busy run (1 in about 20 suites), the first Retry right after the network came back failed as the
  // load had; a reader presses it again, and so does this test, for up to 30 s. It fails if Retry never draws
  // (as it did on Chromium 150, which kept the failed import, before src/lib/reimportable.ts).
  await expect(async () => {
    if (await panel.isVisible()) await panel.getByRole('button', { name: 'Retry' }).click();
    await expect(sales.locator('.card-body svg rect.sales-segment').first()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(sales.getByRole('alert')).toHaveCount(0);
});

test('Retry while offline says so and keeps Retry; back online, the charts load by themselves', async ({ page, context }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'Oops' }));
  await page.goto('/');
  await expect(errorPanel(page)).toContainText('HTTP 500');
  // The server is fixed, but the device goes offline: every request now fails in the browser.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(true);
  // The panel says at once that the device is offline; Retry there fails at once and keeps saying so.
  const offline = page.getByRole('alert').filter({ hasText: 'You are offline' });
  await expect(offline).toContainText('It loads by itself when the connection returns', { timeout: 30_000 });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await offline.getByRole('button', { name: 'Retry' }).click();
    await expect(offline.getByRole('button', { name: 'Retry' })).toBeEnabled({ timeout: 30_000 });
    await expect(offline).toContainText('Failed to fetch');
    await expect(page.locator('figure.is-loading')).toHaveCount(0);
  }
  await context.setOffline(false);
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible({ timeout: 30_000 });
});

test('back online, a load that races the connection and fails is tried again by itself, and the charts come', async ({ page, context }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'Oops' }));
  await page.goto('/');
  await expect(errorPanel(page)).toContainText('HTTP 500');
  await context.setOffline(true);
  await expect(page.getByRole('alert').filter({ hasText: 'You are offline' })).toBeVisible({ timeout: 30_000 });
  // The first request after the connection returns fails as if it were still down (Chromium let the 'online'
  // event through first once in a busy run); the next ones reach the file.
  let failed = 0;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route(DATA, (route) => (failed++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  await context.setOffline(false);
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(failed).toBeGreaterThanOrEqual(2);
});

test('words with no space in them, as long as the schema allows, wrap inside their cards: the page never grows wider than the window', async ({ page }) => {
  // A source title of 300 letters, company names of 160, a plant's city of 120, event labels of 120: the page was
  // 2,801 px wide at 1,280, the sources lists, the ownership prose and the plants' target lines over the next card.
  const data = JSON.parse(realBody);
  for (const source of data.sources) source.title = 'T'.repeat(300);
  for (const company of data.companies) company.name = `W${company.id}`.padEnd(160, 'W');
  for (const plant of data.plants) plant.city = 'C'.repeat(120);
  for (const event of data.events) event.label = 'L'.repeat(120);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto(NOT_PRERENDERED);
  await hydrated(page);
  await drawn(page);
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 15_000 }).toBeLessThanOrEqual(1280);
  // Each card's text stays inside the card.
  const spills = await page.evaluate(() =>
    [...document.querySelectorAll('figure[data-chart]')].flatMap((card) => {
      const edge = card.getBoundingClientRect().right;
      return [...card.querySelectorAll('p, li, a, button, span')].filter((el) => !el.closest('svg') && el.getBoundingClientRect().right > edge + 1).map((el) => `${card.getAttribute('data-chart')}: ${el.tagName} ${el.textContent?.slice(0, 30)}`);
    }),
  );
  expect(spills).toEqual([]);
  // A source's title heads its panel: it breaks there too, and the close button stays in the drawer.
  await page.locator('figure[data-chart="sales"] .source-list button').first().click();
  const panel = page.locator('dialog.source-panel[open]');
  await expect(panel).toBeVisible();
  const [close, title, drawer] = await Promise.all([panel.getByRole('button', { name: 'Close source panel' }).boundingBox(), panel.locator('.source-panel-title').boundingBox(), panel.boundingBox()]);
  expect(close!.x + close!.width).toBeLessThanOrEqual(drawer!.x + drawer!.width);
  expect(title!.x + title!.width).toBeLessThanOrEqual(close!.x);
});
