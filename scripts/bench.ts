/**
 * `npm run bench`: builds the app and the reference page (bench/reference: a minimal React + Recharts page
 * drawing one 8-bar chart), serves both with `vite preview` (ports BENCH_PORT, BENCH_REF_PORT; default
 * 4192/4193; 4190 is on the browsers' blocked-port list), drives headless Chromium and reports, as times and as ratios to the reference page:
 *  - JS and CSS bytes (raw and gzip) of the initial load and of everything built, plus the data files;
 *  - time from navigation to the first chart painted and to all four painted (median of BENCH_LOADS
 *    loads, each app load right after a reference load, so both see the same machine load);
 *  - filter-change latency (brand toggle / year change → all views settled; median and p95 of 50 changes;
 *    and the work before the next frame) on the real dataset, jittered copies 10× and 100× larger
 *    (scripts/make-synthetic.ts) and the realistic growth dataset (scripts/make-growth.ts), each with a
 *    fixed seed and served in place of /data/alliance.json through page.route;
 *  - PNG export time per chart; JS heap after load.
 * Prints JSON, then readable tables, and writes bench-results/latest.json. Timings are measured inside
 * the page with performance.now(); tests never assert them.
 *
 * Definitions:
 *  - "chart painted": a figure[data-chart] (not a loading skeleton) whose .card-body holds an <svg> with at
 *    least one path/rect/circle outside <defs>/<clipPath>, seen by a MutationObserver installed before
 *    the page's HTML is parsed; from navigation start, when it reaches the screen: a chart in the DOM before
 *    the first contentful paint when its first SVG text is painted (Element Timing), a chart drawn later at
 *    the second animation frame after its marks (scripts/bench/inPage.ts, README "Performance").
 *  - bytes: JS and CSS fetched until the page is interactive, with the script and styles written into its HTML.
 *  - "filter latency": performance.now() just before the click (or the year field's input event) to the
 *    second requestAnimationFrame after the last DOM mutation under main#views, i.e. the first frame
 *    after the update was painted; "settled" = a further frame with no mutation.
 *  - "PNG export": click on Download PNG → the download link is clicked with the finished file.
 *
 * Modules in scripts/bench/: config (settings), server (build + vite preview), bytes (asset sizes),
 * inPage (code run inside the page), measure (loads, filters, exports), stats, run (one pass), report (tables).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printTables } from './bench/report.ts';
import { run } from './bench/run.ts';
import { BASE, OUT_DIR, REF_BASE, REF_OUT_DIR, PORT, REF_PORT } from './bench/config.ts';
import { build, startServer, stopServer, waitForServer } from './bench/server.ts';

async function main() {
  const started = Date.now();
  process.stderr.write('bench: building…\n');
  build();
  const servers = [startServer(PORT, OUT_DIR), startServer(REF_PORT, REF_OUT_DIR)] as const;
  const stop = () => servers.forEach(stopServer);
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    await waitForServer(servers[0], BASE);
    await waitForServer(servers[1], REF_BASE);
    const report = await run();
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
