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
 *
 * Modules in scripts/bench/: config (settings), server (build + vite preview), bytes (asset sizes),
 * inPage (code run inside the page), measure (loads, filters, exports), stats, run (one pass), report (tables).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printTables } from './bench/report.ts';
import { run } from './bench/run.ts';
import { build, startServer, stopServer } from './bench/server.ts';

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
