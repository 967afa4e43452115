import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { chooseTheme, drawn, hydrated, idlePrefetched, keptOffline, openAllTables, ready } from './ready';
import { minifyGuard } from '../../scripts/minifyGuard';

/** Hovers the first few focusable marks of every chart, so tooltips and highlights run. */
async function hoverMarks(page: Page) {
  for (const figure of await page.locator('figure[data-chart]').all()) {
    const marks = figure.locator('.card-body svg [tabindex="0"]');
    const count = Math.min(3, await marks.count());
    // A mark can be swapped for its redrawn self between being found and being hovered (a loaded machine
    // finishes the redraw late): hover again until one lands.
    for (let i = 0; i < count; i += 1) {
      await expect(async () => marks.nth(i).hover({ force: true, timeout: 5_000 })).toPass({ timeout: 30_000 });
    }
  }
  await page.mouse.move(0, 0);
}

interface SavedFile { name: string; bytes: number; head: string }

/**
 * Records every file the app hands to the browser (the blob behind each `<a download>` click), read
 * in the page. Headless Chromium's download manager silently drops about one download in eleven when
 * many follow each other, so bulk export checks read the file where the app made it instead of waiting
 * for Playwright's download event (tests/e2e/a11y.spec.ts checks real downloads, a few at a time).
 */
function recordDownloads() {
  const blobs = new Map<string, Blob>();
  const files: Promise<{ name: string; bytes: number; head: string }>[] = [];
  (window as unknown as { __files: typeof files }).__files = files;
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) {
      const name = this.download;
      files.push(blob.arrayBuffer().then((buffer) => ({
        name,
        bytes: buffer.byteLength,
        head: String.fromCharCode(...new Uint8Array(buffer.slice(0, 8))),
      })));
    }
    return click.call(this);
  };
}

/** Clicks an export button and returns the file the app produced. */
async function downloadFrom(page: Page, button: Locator): Promise<SavedFile> {
  const count = () => page.evaluate(() => (window as unknown as { __files: unknown[] }).__files.length);
  const before = await count();
  await button.click();
  await expect.poll(count, { message: `${await button.getAttribute('aria-label') ?? await button.textContent()} produced a file` }).toBe(before + 1);
  return page.evaluate((i) => (window as unknown as { __files: Promise<SavedFile>[] }).__files[i]!, before);
}

/** Every PNG/SVG/CSV of every card, plus the dashboard PNG; each must produce a non-empty file. */
async function exportEverything(page: Page) {
  const files: SavedFile[] = [];
  for (const figure of await page.locator('figure[data-chart]').all()) {
    for (const format of ['PNG', 'SVG', 'CSV']) {
      const button = figure.getByRole('button', { name: `Download ${format}` });
      if (await button.isEnabled()) files.push(await downloadFrom(page, button));
    }
  }
  files.push(await downloadFrom(page, page.getByRole('button', { name: 'Export dashboard' })));
  for (const file of files) expect(file.bytes, `${file.name} is not empty`).toBeGreaterThan(100);
  for (const file of files.filter((f) => f.name.endsWith('.png'))) expect(file.head.slice(1, 4), `${file.name} is a PNG`).toBe('PNG');
  return files;
}

/** The filter interactions a reader makes: a brand toggle, the year fields, a chart option. */
async function useTheFilters(page: Page) {
  const brands = page.getByRole('group', { name: 'Brands' });
  await brands.getByRole('button', { name: 'Nissan' }).click();
  await expect(brands.getByRole('button', { name: 'Nissan' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('spinbutton', { name: 'From year' }).fill('2014');
  await page.getByRole('spinbutton', { name: 'To year' }).fill('2017');
  await expect(page).toHaveURL(/years=2014-2017/);
  await brands.getByRole('button', { name: 'Nissan' }).click();
  await expect(page).toHaveURL(/years=2014-2017$/);
  await drawn(page);
}

/**
 * Loads the dashboard, waits until what the page keeps for offline use is in (`kept`: the service worker's copy by
 * default) and takes the device offline. Returns the page's errors, collected from the start.
 */
async function loadedThenOffline(page: Page, context: BrowserContext, kept: (page: Page) => Promise<void> = keptOffline): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await ready(page);
  await kept(page);
  await context.setOffline(true);
  return errors;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordDownloads);
});

test('what the page fetches on speculation waits until the sales card is Recharts: nothing shares the line with it', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('figure[data-chart="sales"] .sales-recharts')) return;
      (window as unknown as { __rechartsAt: number }).__rechartsAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  // The Recharts chunk held past the idle callback's 2 s limit: the page is idle long before it is in.
  await page.route(/\/assets\/SalesChart-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fallback();
  });
  await page.goto('/');
  await ready(page);
  // What the build lists for idle time (the export code, react-dom/server, the source panel, the tables, the other
  // languages' catalogs), less what the page's head loads from the start anyway.
  const html = await (await page.request.get('/')).text();
  const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
  const headLoads = new Set((html.match(/<link rel="modulepreload"[^>]*>/g) ?? []).map((tag) => attribute(tag, 'href')));
  const listed = attribute(/<meta name="idle-prefetch"[^>]*>/.exec(html)?.[0] ?? '', 'content').split(' ');
  const speculative = listed.filter((href) => href.endsWith('.js') && !headLoads.has(href));
  expect(speculative.map((href) => /\/assets\/([\w.]+)-/.exec(href)?.[1])).toEqual(expect.arrayContaining(['ExportDialog', 'kit', 'svg', 'server.browser', 'SourcePanel', 'fr', 'ja', 'table', 'tableWords']));
  const fetched = () =>
    page.evaluate(
      (paths) =>
        performance.getEntriesByType('resource').flatMap((e) => {
          const path = new URL(e.name).pathname;
          return paths.includes(path) ? [{ name: path, start: e.startTime }] : [];
        }),
      speculative,
    );
  await expect.poll(async () => new Set((await fetched()).map((e) => e.name)).size, { timeout: 30_000 }).toBe(speculative.length);
  const rechartsAt = await page.evaluate(() => (window as unknown as { __rechartsAt?: number }).__rechartsAt ?? null);
  expect(rechartsAt).not.toBeNull();
  const early = (await fetched()).filter((e) => e.start < (rechartsAt ?? 0));
  expect(early, `fetched before the sales card was Recharts (at ${rechartsAt} ms)`).toEqual([]);
});

/**
 * What the page keeps for offline use once idle, two ways (src/main.tsx): a service worker's copy of the whole
 * build, and where there can be none, the chunks a reader may open, put in the module map.
 */
const OFFLINE_WAYS = [
  { name: 'kept by the service worker', serviceWorkers: 'allow' as const, loaded: keptOffline },
  { name: 'without a service worker, in the module map', serviceWorkers: 'block' as const, loaded: idlePrefetched },
];

for (const way of OFFLINE_WAYS) {
  test.describe(way.name, () => {
    test.use({ serviceWorkers: way.serviceWorkers });

    test('after the first load the language menu works offline: French and Japanese, with the dataset’s texts', async ({ page, context }) => {
      await loadedThenOffline(page, context, way.loaded);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr', { timeout: 30_000 });
      await expect(page.locator('.app-lede')).toHaveText(/^L’Alliance Renault–Nissan–Mitsubishi/);
      // The dataset's own words too: the French State's box in the ownership diagram.
      await expect(page.locator('figure[data-chart="ownership"] svg.ownership-svg')).toContainText(/État\s*français/);
      await page.getByRole('combobox', { name: 'Langue' }).selectOption('ja');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja', { timeout: 30_000 });
      await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    });

    test('after the first load the export dialog, the source panel and the table view open offline, styled', async ({ page, context }) => {
      await loadedThenOffline(page, context, way.loaded);
      // Their styles come with their code (ChunkStyles), not with the page's stylesheet.
      const style = (selector: string, property: string) => page.locator(selector).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
      await page.locator('figure[data-chart="ev"]').getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: /^Export/ });
      await expect(dialog.getByRole('img', { name: /^Preview/ })).toBeVisible({ timeout: 30_000 });
      expect(await style('.export-backdrop', 'position')).toBe('fixed');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      const source = page.locator('figure[data-chart="ownership"] .card-foot').getByRole('button').first();
      await source.click();
      await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
      expect(await style('dialog.source-panel', 'position')).toBe('fixed');
      await page.getByRole('button', { name: 'Close source panel' }).click();
      await expect(source).toBeFocused();
      const plants = page.locator('figure[data-chart="plants"]');
      await plants.getByRole('button', { name: 'Show table' }).click();
      await expect(plants.getByRole('table')).toBeVisible({ timeout: 30_000 });
      // Scrolls within 360 px, its header row kept in view.
      expect([await style('.table-scroll', 'max-height'), await style('.data-table thead th', 'position')]).toEqual(['360px', 'sticky']);
      await plants.getByRole('button', { name: 'Hide table' }).click();
      await expect(plants.getByRole('table')).toHaveCount(0);
    });
  });
}

test('an export dialog whose code cannot load says so in its card, closes, and opens once the code can load', async ({ page }) => {
  // Blocked from the start, so the idle prefetch fails too: the first opening has to fetch it and cannot.
  let blocked = true;
  await page.route(/\/assets\/ExportDialog-[^/]+\.js$/, (route) => (blocked ? route.abort() : route.fallback()));
  const prefetchFailed = page.waitForEvent('requestfailed', { predicate: (request) => /\/assets\/ExportDialog-/.test(request.url()), timeout: 30_000 });
  await page.goto('/');
  await ready(page);
  // The idle prefetch's own attempt has failed first: its failure must not stick to the module for the openings after it.
  await prefetchFailed;
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: 'Export…' }).click();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('This part of the page could not be opened', { timeout: 30_000 });
  // The reader is told where they are: the message has focus.
  await expect(alert).toBeFocused();
  // The card and the page are still there, and the message closes.
  await expect(card.locator('.card-body svg').first()).toBeVisible();
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toHaveCount(0);
  blocked = false;
  await card.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: /^Export/ })).toBeVisible({ timeout: 30_000 });
});

// The dialog's own chunk loads but a file it imports does not: Chromium 150 then refuses that chunk for the
// document's life, so no new opening can bring it in, only a new document. The address holds the filters.
test('an export dialog whose code needs a file that failed to load offers a reload, which keeps the filters and opens it', async ({ page }) => {
  let blocked = true;
  await page.route(/\/assets\/svg-[^/]+\.js$/, (route) => (blocked ? route.abort() : route.fallback()));
  await page.goto('/?years=2014-2016&brands=Renault,Nissan');
  await ready(page);
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: 'Export…' }).click();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('This part of the page could not be opened', { timeout: 30_000 });
  blocked = false;
  const address = page.url();
  const reloaded = page.waitForEvent('load');
  await alert.getByRole('button', { name: 'Reload the page (your filters are kept)' }).click();
  await reloaded;
  await ready(page);
  expect(page.url()).toBe(address);
  await expect(page.getByLabel('From year')).toHaveValue('2014');
  await expect(page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: 'Mitsubishi', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await card.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: /^Export/ })).toBeVisible({ timeout: 30_000 });
});

test.describe('kept by the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first load the page keeps working offline: filters, hovering and exports', async ({ page, context }) => {
    test.slow(); // two dozen exports, each PNG rasterised in the page
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      // Chromium itself re-requests the favicon on each history entry; that is the browser, not the app.
      if (!request.url().endsWith('/favicon.svg')) failed.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    // "After the first load": the service worker holds the build.
    const errors = await loadedThenOffline(page, context);

    const summaries = () => page.locator('figure[data-chart] .card-summary').allTextContents();
    const before = await summaries();
    await useTheFilters(page);
    await page.getByRole('spinbutton', { name: 'From year' }).fill('2016');
    await expect.poll(summaries).not.toEqual(before);
    await drawn(page);
    await hoverMarks(page);
    const files = await exportEverything(page);
    expect(files.map((f) => f.name.split('.').pop())).toEqual(expect.arrayContaining(['png', 'svg', 'csv']));
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await ready(page);

    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('an embed registers no worker (it would fetch the whole dashboard for each site it is embedded in): its own chunks go in its module map', async ({ page }) => {
    await page.goto('/?chart=ev&embed=1');
    await expect(page.locator('figure[data-chart="ev"] .card-body svg').first()).toBeVisible({ timeout: 30_000 });
    await idlePrefetched(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });

  test('a page loaded once opens again offline, at any address: another language, years and chart, the dataset from the worker’s copy', async ({ page, context }) => {
    const errors = await loadedThenOffline(page, context);
    await page.goto('/?lang=ja&years=2014-2016&brands=Renault,Nissan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja', { timeout: 30_000 });
    await hydrated(page);
    await drawn(page);
    await expect(page.getByRole('spinbutton', { name: '開始年' })).toHaveValue('2014');
    // The sales chart drew the asked years, not the pre-render's eight.
    await expect(page.locator('figure[data-chart="sales"] .sales-total-label')).toHaveCount(3);
    // A reload too, and the dashboard's own address.
    await page.goto('/');
    await ready(page);
    await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible();
    expect(await page.locator('figure[data-chart]').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});

test.describe('Content-Security-Policy', () => {
  test('index.html declares a CSP with no unsafe-eval and no third-party origins', async ({ page }) => {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).not.toBeNull();
    const directives = Object.fromEntries(
      (csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    // Scripts from the page's origin, and one inline script pinned by its hash: the guard (next test).
    expect(directives['script-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directives['object-src']).toEqual(["'none'"]);
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:', "'unsafe-inline'"]);
    for (const [name, values] of Object.entries(directives)) {
      for (const value of values) expect(allowed.has(value) || (name === 'script-src' && value.startsWith("'sha256-")), `${name} ${value}`).toBe(true);
      if (values.includes("'unsafe-inline'")) expect(name, "only styles may be inline").toBe('style-src');
    }
    expect(csp).not.toContain('unsafe-eval');
  });

  test('the built index.html carries the same policy and one inline script: the guard, whose hash the policy names', async () => {
    // PW_DIST may be relative to the repository or absolute (a build kept outside the checkout).
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const html = readFileSync(resolve(root, process.env.PW_DIST ?? 'dist', 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    // Scripts in the start template are inert until the guard appends them; they all load from the origin.
    const outsideTemplate = html.replace(/<template id="app-start">[^]*?<\/template>/, '');
    const inlineScripts = [...outsideTemplate.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') || (body ?? '').trim());
    const guard = await minifyGuard(readFileSync(resolve(root, 'public/prerender-guard.js'), 'utf8'));
    expect(inlineScripts.map(([, , body]) => body)).toEqual([guard]);
    expect(html).toContain(`'sha256-${createHash('sha256').update(guard).digest('base64')}'`);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  // One page for both checks: the same interactions (a page load and two dozen exports) twice cost CI ~17 s.
  test('through every interaction the app meets it: no CSP violation, no console error, every request to its own origin', async ({ page, context, baseURL }) => {
    test.slow(); // two dozen exports, each PNG rasterised in the page
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await page.goto('/');
    await ready(page);
    await hoverMarks(page);
    await useTheFilters(page);
    await hoverMarks(page);
    await exportEverything(page);
    await openAllTables(page);
    await chooseTheme(page, 'dark');
    await exportEverything(page);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);

    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    // The load itself: the page, its script and style, the dataset (and the map's outline asset).
    expect(requests.filter((url) => url.endsWith('/data/alliance.json'))).toHaveLength(1);
  });
});
