import { expect, type ConsoleMessage, type Download, type Locator, type Page } from '@playwright/test';

/**
 * Waits until the page answers input everywhere. The bare address is pre-rendered: its charts are on screen
 * before any script runs, but their buttons do nothing until main.tsx has hydrated them; the sales card is
 * static SVG until Recharts, fetched after that, takes over (on a page drawn by its script too).
 */
export async function hydrated(page: Page) {
  await expect(page.locator('figure[data-chart]').first()).toBeVisible({ timeout: 30_000 });
  // A page drawn by its script shows skeletons (figures too) before any chart, and no static sales chart yet.
  await expect(page.locator('figure.is-loading')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('svg.sales-static')).toHaveCount(0, { timeout: 30_000 });
}

/** Waits until the dataset is in and every card has drawn its chart (or says why it has none), map outlines included. */
export async function ready(page: Page) {
  await hydrated(page);
  await expect(page.getByText(/\d+ years? of sales/)).toBeVisible();
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('figure.is-loading')).toHaveCount(0);
  for (const figure of await page.locator('figure[data-chart]').all()) {
    await expect(figure.locator('.card-body svg, .card-body .empty-state').first()).toBeVisible();
  }
  // The map's country outlines are a separate request that lands after the first draw.
  await expect(page.locator('figure[data-chart] [aria-busy="true"]')).toHaveCount(0);
  await drawn(page);
}

/**
 * Waits until the views have drawn the last change. The controls show a change at once (and the address
 * follows within a frame); the views redraw after that frame, busy (aria-busy on #views) until they have.
 */
export async function drawn(page: Page) {
  await expect(page.locator('main#views')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

/**
 * Opens a card's table and waits until it is on screen. The first table's code arrives after the click and the
 * open table makes its row of cards taller, moving the buttons below it: a click aimed at the next card's button
 * before then can land where the button was (a11y.spec lost the EV card's click so, once in 185 tests).
 */
export async function openTable(figure: Locator) {
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.locator('table')).toBeVisible();
}

/** Opens every card's table, one after another (openTable). */
export async function openAllTables(page: Page) {
  for (const figure of await page.locator('figure[data-chart]').all()) await openTable(figure);
}

/**
 * Presses the theme switch's button and waits for the theme to be applied (in an effect after the click) before
 * anything reads colours or runs axe. `names`: the group's and the button's names in the page's language.
 */
export async function chooseTheme(page: Page, theme: 'light' | 'dark', names = { group: 'Colour theme', button: theme === 'light' ? 'Light' : 'Dark' }) {
  await page.getByRole('group', { name: names.group }).getByRole('button', { name: names.button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Runs `resize`, then waits until the chart's svg is laid out again (its viewBox width changes): a check right
 * after a resize could pass on the old drawing scaled into the new width.
 */
export async function resizedAndRedrawn(svg: Locator, resize: () => Promise<unknown>) {
  const layoutWidth = () => svg.evaluate((el: SVGSVGElement) => el.viewBox.baseVal.width);
  const before = await layoutWidth();
  await resize();
  await expect.poll(layoutWidth).not.toBe(before);
}

/** Holds back the dataset's response until the returned function is called: the page shows its skeletons meanwhile. */
export async function holdDataset(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/alliance.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A console message of the test harness, not the page: Playwright's word that it blocked the service worker (playwright.config.ts). */
export const fromHarness = (message: ConsoleMessage) => message.text() === 'Service Worker registration blocked by Playwright';

/**
 * Waits until the page's service worker controls it: it takes control only once its copy of every file of the
 * build is in (src/offline/serviceWorker.ts). For tests that let service workers in (playwright.config.ts blocks them).
 */
export async function keptOffline(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
}

/**
 * Waits until the page has fetched what it fetches once idle (`<meta name="idle-prefetch">`, after the sales
 * card is Recharts): every file listed is linked and has a resource entry.
 * The tests that go offline "after the first load" need all of it; network idle can come first on a busy machine.
 */
export async function idlePrefetched(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const listed = document.querySelector<HTMLMetaElement>('meta[name="idle-prefetch"]')?.content.split(' ') ?? [];
          const linked = new Set([...document.querySelectorAll('link')].map((link) => link.getAttribute('href')));
          const fetched = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
          return listed.length > 0 && listed.every((href) => linked.has(href) && fetched.has(new URL(href, location.href).href));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/**
 * The download `start` (a click) begins. Headless Chromium now and then drops a download when several follow
 * each other, with no event at all: a wait with no end of its own would hang the test, so each try waits 20 s
 * and the click is made again (exporting twice does no harm).
 */
export async function downloadFrom(page: Page, start: () => Promise<unknown>): Promise<Download> {
  let file: Download | null = null;
  await expect(async () => {
    [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), start()]);
  }).toPass({ timeout: 90_000 });
  return file!;
}
