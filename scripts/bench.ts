/**
 * `npm run bench`: builds the app, serves it with `vite preview`, drives headless Chromium and reports
 *  - JS and CSS bytes (raw and gzip) of the initial load and of everything built, plus the data files;
 *  - time from navigation to the first chart drawn and to all four drawn (median of 10 loads);
 *  - filter-change latency (brand toggle / year change → all views settled; median and p95 of 50 changes)
 *    on the real dataset and on synthetic datasets 10× and 100× larger (scripts/make-synthetic.ts,
 *    fixed seed, served in place of /data/alliance.json through page.route);
 *  - PNG export time per chart; JS heap after load.
 * Prints JSON, then a readable table, and writes bench-results/latest.json. Timings are measured inside
 * the page with performance.now(); tests never assert them.
 *
 * Definitions:
 *  - "chart drawn": a figure[data-chart] (not a loading skeleton) whose .card-body holds an <svg> with at
 *    least one path/rect/circle outside <defs>/<clipPath>; seen by a MutationObserver installed before
 *    the page's own scripts run, timed from navigation start (performance.now()).
 *  - "filter latency": performance.now() just before the click (or the year field's input event) to the
 *    second requestAnimationFrame after the last DOM mutation under main#views, i.e. the first frame
 *    after the update was painted; "settled" = a further frame with no mutation.
 *  - "PNG export": click on Download PNG → the download link is clicked with the finished file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { makeSynthetic, readRealDataset, recordCount } from './make-synthetic.ts';

const PORT = 5199;
const OUT_DIR = 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = 10;
/** Fresh loads per synthetic size; fewer for 100×, whose loads take seconds each. */
const SYNTHETIC_LOADS: Record<number, number> = { 10: 5, 100: 3 };
const FILTER_CHANGES = 50;
const EXPORTS_PER_CHART = 5;
const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;

interface Stats { n: number; median: number; p95: number; min: number; max: number; mean: number }
interface Bytes { raw: number; gzip: number; files: string[] }

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    n: values.length,
    median: round(median),
    p95: round(at(0.95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)),
  };
}

// ---------------------------------------------------------------- build, bytes, server

function build() {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

function sizeOf(files: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(join(OUT_DIR, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: [...files] };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** Initial = what index.html pulls in before any script runs (entry, modulepreloads, stylesheets). */
function measureBytes() {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const all = listFiles(OUT_DIR);
  const ofType = (files: string[], ext: string) => files.filter((f) => f.endsWith(ext));
  return {
    initial: { js: sizeOf(ofType(initial, '.js')), css: sizeOf(ofType(initial, '.css')) },
    all: { js: sizeOf(ofType(all, '.js')), css: sizeOf(ofType(all, '.css')) },
    data: { dataset: sizeOf(['data/alliance.json']), other: sizeOf(all.filter((f) => f.endsWith('.json') && f !== 'data/alliance.json')) },
  };
}

function startServer(): ChildProcess {
  // detached: the server gets its own process group, so npx and vite can be killed together.
  return spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', OUT_DIR], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function stopServer(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

async function waitForServer(server: ChildProcess) {
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer on ${BASE} within 30 s:\n${log}`);
}

// ---------------------------------------------------------------- in-page instrumentation

/** Installed before the app's scripts: records when the first and all four charts are drawn, and downloads. */
function instrument() {
  const bench = { firstDrawn: null as number | null, allDrawn: null as number | null, lastDownload: 0, downloads: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const MARKS = 'svg path, svg rect, svg circle';
  const isDrawn = (figure: Element) =>
    !figure.classList.contains('is-loading') &&
    [...figure.querySelectorAll(`.card-body ${MARKS.split(', ').join(', .card-body ')}`)].some((el) => !el.closest('defs, clipPath, mask, pattern'));
  const observer = new MutationObserver(() => {
    const drawn = [...document.querySelectorAll('figure[data-chart]')].filter(isDrawn).length;
    const now = performance.now();
    if (drawn >= 1 && bench.firstDrawn === null) bench.firstDrawn = now;
    if (drawn >= 4) {
      bench.allDrawn = now;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) {
      bench.lastDownload = performance.now();
      bench.downloads += 1;
    }
    return click.call(this);
  };
}

/** In the page: performs one filter change and resolves with its latency and which views changed. */
async function filterChange(change: { kind: 'brand'; brand: string } | { kind: 'year'; field: string; value: number }) {
  const root = document.querySelector('main#views') ?? document.body;
  let mutations = 0;
  const touched = new Set<string>();
  const observer = new MutationObserver((records) => {
    mutations += records.length;
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const chart = node?.closest('figure[data-chart]')?.getAttribute('data-chart');
      if (chart) touched.add(chart);
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  const start = performance.now();
  if (change.kind === 'brand') {
    const group = document.querySelector('[role="group"][aria-label="Brands"]');
    const button = [...(group?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === change.brand);
    if (!button) throw new Error(`no brand button ${change.brand}`);
    button.click();
  } else {
    const input = [...document.querySelectorAll('input')].find((el) => el.labels?.[0]?.textContent?.includes(change.field));
    if (!input) throw new Error(`no year field ${change.field}`);
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(change.value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Two frames after the last mutation = painted; one more quiet frame = settled.
  let seen = -1;
  let quiet = 0;
  let end = start;
  const deadline = start + 20_000;
  while (quiet < 3 && performance.now() < deadline) {
    const now = await frame();
    if (mutations !== seen) {
      seen = mutations;
      quiet = 0;
    } else {
      quiet += 1;
      if (quiet === 2) end = now;
    }
  }
  observer.disconnect();
  return { ms: end - start, views: [...touched].sort(), timedOut: quiet < 3 };
}

// ---------------------------------------------------------------- measurements

interface Variant { name: string; records: number; body: string | null }

async function openPage(browser: Browser, variant: Variant): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  // tsx compiles this file with esbuild's keepNames, which wraps inner functions in __name(…); the
  // functions handed to the page are serialized, so the page needs that helper too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  if (variant.body !== null) {
    const body = variant.body;
    await page.route('**/data/alliance.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  return page;
}

async function waitForCharts(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __bench: { allDrawn: number | null } }).__bench.allDrawn !== null, null, { timeout: 90_000 });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

async function measureLoads(browser: Browser, variant: Variant, count: number) {
  const first: number[] = [];
  const all: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const page = await openPage(browser, variant);
    await page.goto(BASE);
    await waitForCharts(page);
    const times = await page.evaluate(() => (window as unknown as { __bench: { firstDrawn: number; allDrawn: number } }).__bench);
    first.push(times.firstDrawn);
    all.push(times.allDrawn);
    if (i < 3) heap.push(await heapMb(page));
    await page.context().close();
  }
  return { firstChart: stats(first), allCharts: stats(all), heapMb: stats(heap) };
}

/** Alternates brand toggles (each brand off, later on again) and year-field changes. */
function changePlan(count: number) {
  const years: [string, number][] = [['From year', 2011], ['To year', 2016], ['From year', 2013], ['To year', 2023], ['From year', 1999], ['To year', 2018], ['From year', 2015], ['To year', 2023], ['From year', 1999]];
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) return { kind: 'brand' as const, brand: BRANDS[(i / 2) % BRANDS.length] ?? 'Renault' };
    const [field, value] = years[((i - 1) / 2) % years.length] ?? ['From year', 1999];
    return { kind: 'year' as const, field, value };
  });
}

async function measureFilters(browser: Browser, variant: Variant) {
  const page = await openPage(browser, variant);
  await page.goto(BASE);
  await waitForCharts(page);
  await page.waitForTimeout(300);
  const plan = changePlan(FILTER_CHANGES + 4);
  const results: { kind: string; ms: number; views: string[]; timedOut: boolean }[] = [];
  for (const [i, change] of plan.entries()) {
    const result = await page.evaluate(filterChange, change);
    if (i >= 4) results.push({ kind: change.kind, ...result }); // the first four warm up the JIT
  }
  const heapAfter = await heapMb(page);
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
    yearChange: stats(results.filter((r) => r.kind === 'year').map((r) => r.ms)),
    changesUpdatingAllFourViews: `${updatedAll}/${results.length}`,
    viewsRedrawn,
    timedOut: results.filter((r) => r.timedOut).length,
    heapAfterChangesMb: heapAfter,
  };
}

async function measureExports(browser: Browser) {
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

// ---------------------------------------------------------------- report

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r, j) => {
    const line = `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    return j === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
  }).join('\n');
}

type Report = Awaited<ReturnType<typeof run>>;

function printTables(report: Report) {
  const { bytes, datasets, exports } = report;
  console.log('\n## Bytes (production build; gzip level 9)\n');
  console.log(table([
    ['what', 'raw', 'gzip', 'files'],
    ['JS, initial load', kib(bytes.initial.js.raw), kib(bytes.initial.js.gzip), String(bytes.initial.js.files.length)],
    ['CSS, initial load', kib(bytes.initial.css.raw), kib(bytes.initial.css.gzip), String(bytes.initial.css.files.length)],
    ['JS, everything', kib(bytes.all.js.raw), kib(bytes.all.js.gzip), String(bytes.all.js.files.length)],
    ['CSS, everything', kib(bytes.all.css.raw), kib(bytes.all.css.gzip), String(bytes.all.css.files.length)],
    ['dataset (data/alliance.json)', kib(bytes.data.dataset.raw), kib(bytes.data.dataset.gzip), '1'],
    ['other JSON assets (map outlines)', kib(bytes.data.other.raw), kib(bytes.data.other.gzip), String(bytes.data.other.files.length)],
  ]));
  console.log('\n## Load, filter latency and heap (headless Chromium, 1400×1000)\n');
  console.log(table([
    ['dataset', 'records', 'first chart (median)', 'all four (median)', 'all four p95', 'filter median', 'filter p95', 'brand p95', 'year p95', 'views updated', 'heap after load'],
    ...datasets.map((d) => [
      d.name, String(d.records), ms(d.load.firstChart.median), ms(d.load.allCharts.median), ms(d.load.allCharts.p95),
      ms(d.filter.all.median), ms(d.filter.all.p95), ms(d.filter.brandToggle.p95), ms(d.filter.yearChange.p95), d.filter.changesUpdatingAllFourViews, `${d.load.heapMb.median} MB`,
    ]),
  ]));
  console.log(`\nLoads in fresh contexts: ${datasets.map((d) => `${d.load.allCharts.n} (${d.name})`).join(', ')}; filter changes: ${FILTER_CHANGES} per dataset (half brand toggles, half year changes) after 4 warm-up changes.`);
  console.log('Views redrawn per change (real dataset):', JSON.stringify(datasets[0]?.filter.viewsRedrawn));
  console.log('\n## PNG export (real dataset, click → finished file handed to the browser)\n');
  console.log(table([['chart', 'median', 'p95', 'min', 'max'], ...Object.entries(exports).map(([name, s]) => [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)])]));
}

async function run(server: ChildProcess) {
  const bytes = measureBytes();
  await waitForServer(server);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install /usr/bin/chromium.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const real = readRealDataset();
    const variants: (Variant & { loads: number })[] = [
      { name: 'real', records: recordCount(real), body: null, loads: LOADS },
      ...[10, 100].map((factor) => {
        const data = makeSynthetic(real, factor, 8);
        return { name: `synthetic ${factor}×`, records: recordCount(data), body: JSON.stringify(data), loads: SYNTHETIC_LOADS[factor] ?? 3 };
      }),
    ];
    const datasets = [];
    for (const variant of variants) {
      process.stderr.write(`bench: ${variant.name} — loads…`);
      const load = await measureLoads(browser, variant, variant.loads);
      process.stderr.write(' filter changes…');
      const filter = await measureFilters(browser, variant);
      process.stderr.write(' done\n');
      datasets.push({ name: variant.name, records: variant.records, bytes: variant.body?.length ?? null, load, filter });
    }
    process.stderr.write('bench: exports…\n');
    const exports = await measureExports(browser);
    return {
      date: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      bytes,
      datasets,
      exports,
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = Date.now();
  process.stderr.write('bench: building…\n');
  build();
  const server = startServer();
  const stop = () => stopServer(server);
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    const report = await run(server);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(resolve('bench-results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
    printTables(report);
    console.log(`\nWrote bench-results/latest.json in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
