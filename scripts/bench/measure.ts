/** Drives headless Chromium against the preview server: page loads, heap, filter changes and PNG exports. */
import type { Browser, Page } from '@playwright/test';
import { BASE, BRANDS, CHARTS, EXPORTS_PER_CHART, FILTER_CHANGES, IDLE_MS, REF_BASE, YARDSTICK_CLICKS } from './config.ts';
import { filterChange, instrument, type FilterChange } from './inPage.ts';
import { stats, type Stats } from './stats.ts';

/** A dataset to serve: `body` replaces /data/alliance.json; null serves the real file. */
export interface Variant { name: string; records: number; body: string | null }

/** A page to load: the app (four charts) or the reference page (one chart), on a dataset. */
export interface Target { name: string; base: string; charts: number; variant: Variant }

export const appTarget = (variant: Variant): Target => ({ name: 'app', base: BASE, charts: CHARTS.length, variant });
export const referenceTarget = (variant: Variant): Target => ({ name: 'reference', base: REF_BASE, charts: 1, variant });

async function openPage(browser: Browser, variant: Variant, charts: number = CHARTS.length): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  // tsx compiles these files with esbuild's keepNames, which wraps inner functions in __name(…); the
  // functions handed to the page are serialized, so the page needs that helper too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument, charts);
  const page = await context.newPage();
  if (variant.body !== null) {
    const body = variant.body;
    await page.route('**/data/alliance.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    // The build pre-renders the real dataset; a page served another file would paint those figures first
    // (then render afresh). Measure it as a build from that file would not be either: without the pre-render.
    await page.route(`${BASE}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<div id="root"[\s\S]*<\/body>/, '<div id="root"></div>\n  </body>');
      await route.fulfill({ response, body: html });
    });
  }
  return page;
}

/** Waits until every chart is painted, the page answers input and the sales card is Recharts. */
async function waitForCharts(page: Page) {
  // The synthetic 100× page took over 90 s once beside a browser suite (14 s on a quiet machine): wait long.
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __bench: { complete: number | null; firstDrawn: number | null; allDrawn: number | null } }).__bench;
      return bench.complete !== null && bench.firstDrawn !== null && bench.allDrawn !== null;
    },
    null,
    { timeout: 300_000 },
  );
}

/**
 * How long after load the heap is measured a second time: once the page's idle work is done (it registers its
 * service worker, or puts the chunks a reader may open in its module map, a second or two after Recharts is in).
 */
const SETTLED_MS = 4000;

/** JS heap in use after a forced GC, in MB (0.1 MB). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/**
 * `count` rounds of one load of each target in turn (interleaved, so machine load hits all alike), each in
 * a fresh context: time to the first / all charts painted (ms) and JS heap after load (MB), per target.
 */
export async function measureLoads(browser: Browser, targets: readonly Target[], count: number) {
  const emptySample = () => ({ first: [] as number[], all: [] as number[], interactive: [] as number[], complete: [] as number[], heap: [] as number[], heapSettled: [] as number[], urls: [] as string[], urlsComplete: [] as string[] });
  const samples = targets.map(emptySample);
  for (let i = 0; i < count; i += 1) {
    for (const [t, target] of targets.entries()) {
      const page = await openPage(browser, target.variant, target.charts);
      await page.goto(target.base);
      await waitForCharts(page);
      const times = await page.evaluate(() => (window as unknown as { __bench: { firstDrawn: number; allDrawn: number; interactive: number; complete: number; fetchedWhenInteractive: string[]; fetchedWhenComplete: string[]; errors: string[] } }).__bench);
      if (times.errors.length > 0) throw new Error(`bench: ${target.name} on ${target.variant.name} could not be timed: ${times.errors.join('; ')}`);
      const sample = samples[t];
      if (!sample) continue;
      sample.first.push(times.firstDrawn);
      sample.all.push(times.allDrawn);
      sample.interactive.push(times.interactive);
      sample.complete.push(times.complete);
      if (i < 5) {
        sample.heap.push(await heapMb(page));
        await page.waitForTimeout(SETTLED_MS);
        sample.heapSettled.push(await heapMb(page));
      }
      // What the page fetched until it answered input, and until the sales card was Recharts too: the bytes a first visit costs.
      if (i === 0) {
        sample.urls = times.fetchedWhenInteractive;
        sample.urlsComplete = times.fetchedWhenComplete;
      }
      await page.context().close();
    }
  }
  return Object.fromEntries(targets.map((target, t) => {
    const sample = samples[t] ?? emptySample();
    return [target.name, {
      firstChart: stats(sample.first), allCharts: stats(sample.all), interactive: stats(sample.interactive), complete: stats(sample.complete),
      heapMb: stats(sample.heap), heapSettledMb: stats(sample.heapSettled), fetched: sample.urls, fetchedWhenComplete: sample.urlsComplete,
    }];
  }));
}

/** Alternates brand toggles (each brand off, later on again) and year-field changes. */
function changePlan(count: number): FilterChange[] {
  const years: [string, number][] = [['From year', 2011], ['To year', 2016], ['From year', 2013], ['To year', 2023], ['From year', 1999], ['To year', 2018], ['From year', 2015], ['To year', 2023], ['From year', 1999]];
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) return { kind: 'brand' as const, brand: BRANDS[(i / 2) % BRANDS.length] ?? 'Renault' };
    const [field, value] = years[((i - 1) / 2) % years.length] ?? ['From year', 1999];
    return { kind: 'year' as const, field, value };
  });
}

/**
 * What "work to next frame" is made of. Timed right after the previous change settled (as the plan above
 * is), a click waits for the next frame of a cadence already running: a click that changes nothing measures
 * most of a frame period too. So the same clicks are also timed from an idle page, IDLE_MS after the last
 * change, where the frame comes as soon as the click's work allows — as for a person, who does not click in
 * step with the page's frames. Brand toggles in pairs (off, then on again), from a page with every brand on.
 */
async function measureYardstickClicks(page: Page) {
  const time = async (change: FilterChange) => (await page.evaluate(filterChange, change)).work;
  // The plan above ends with some brands off (an odd number of toggles each): every brand on first, so the
  // toggles below are timed on the full page.
  for (const brand of BRANDS) {
    const button = page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: brand, exact: true });
    if ((await button.getAttribute('aria-pressed')) === 'false') await time({ kind: 'brand', brand });
  }
  const none: number[] = [];
  for (let i = 0; i < YARDSTICK_CLICKS; i += 1) none.push(await time({ kind: 'none' }));
  const brandIdle: number[] = [];
  const noneIdle: number[] = [];
  for (let i = 0; i < YARDSTICK_CLICKS; i += 1) {
    await page.waitForTimeout(IDLE_MS);
    brandIdle.push(await time({ kind: 'brand', brand: BRANDS[Math.floor(i / 2) % BRANDS.length] ?? 'Renault' }));
    await page.waitForTimeout(IDLE_MS);
    noneIdle.push(await time({ kind: 'none' }));
  }
  return { noChangeWork: stats(none), brandToggleWorkIdle: stats(brandIdle), noChangeWorkIdle: stats(noneIdle) };
}

/** FILTER_CHANGES filter changes on one page, after four warm-up changes: latency (ms) and views redrawn. */
export async function measureFilters(browser: Browser, variant: Variant) {
  const page = await openPage(browser, variant);
  await page.goto(BASE);
  await waitForCharts(page);
  await page.waitForTimeout(300);
  const plan = changePlan(FILTER_CHANGES + 4);
  const results: { kind: string; ms: number; work: number; views: string[]; timedOut: boolean }[] = [];
  for (const [i, change] of plan.entries()) {
    const result = await page.evaluate(filterChange, change);
    if (i >= 4) results.push({ kind: change.kind, ...result }); // the first four warm up the JIT
  }
  const heapAfter = await heapMb(page);
  const clicks = await measureYardstickClicks(page);
  await page.context().close();
  const updatedAll = results.filter((r) => r.views.length === 4).length;
  // Which views a change redrew: a year change legitimately leaves a view alone when nothing it draws moves.
  const viewsRedrawn = Object.fromEntries(
    ['brand', 'year'].map((kind) => {
      const ofKind = results.filter((r) => r.kind === kind);
      return [kind, Object.fromEntries(CHARTS.map((chart) => [chart, `${ofKind.filter((r) => r.views.includes(chart)).length}/${ofKind.length}`]))];
    }),
  );
  return {
    all: stats(results.map((r) => r.ms)),
    brandToggle: stats(results.filter((r) => r.kind === 'brand').map((r) => r.ms)),
    brandToggleWork: stats(results.filter((r) => r.kind === 'brand').map((r) => r.work)),
    yearChange: stats(results.filter((r) => r.kind === 'year').map((r) => r.ms)),
    changesUpdatingAllFourViews: `${updatedAll}/${results.length}`,
    viewsRedrawn,
    ...clicks,
    timedOut: results.filter((r) => r.timedOut).length,
    heapAfterChangesMb: heapAfter,
  };
}

/** PNG export time (ms) per chart and for the whole dashboard, real dataset; the first export is a warm-up. */
export async function measureExports(browser: Browser) {
  const page = await openPage(browser, { name: 'real', records: 0, body: null });
  await page.goto(BASE);
  await waitForCharts(page);
  const out: Record<string, Stats> = {};
  const targets = [...CHARTS.map((chart) => [chart, `figure[data-chart="${chart}"] button[aria-label="Download PNG"]`] as const), ['dashboard', 'button:text-is("Export dashboard")'] as const];
  for (const [name, selector] of targets) {
    const times: number[] = [];
    const button = page.locator(selector).first();
    if ((await button.count()) === 0 || (await button.isDisabled())) continue;
    for (let i = 0; i < EXPORTS_PER_CHART + 1; i += 1) {
      const before = await page.evaluate(() => (window as unknown as { __bench: { downloads: number } }).__bench.downloads);
      // Timed in the page, up to the moment the finished file is handed to the browser; Playwright's
      // download event is not awaited (headless Chromium drops about one download in eleven in a burst).
      const start = await button.evaluate((el) => {
        const now = performance.now();
        (el as HTMLButtonElement).click();
        return now;
      });
      await page.waitForFunction((n) => (window as unknown as { __bench: { downloads: number } }).__bench.downloads > n, before);
      const end = await page.evaluate(() => (window as unknown as { __bench: { lastDownload: number } }).__bench.lastDownload);
      if (i > 0) times.push(end - start); // the first export warms up fonts and the canvas
    }
    out[name] = stats(times);
  }
  await page.context().close();
  return out;
}
