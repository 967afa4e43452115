/** The human-readable part of the bench output: Markdown tables printed after the JSON. */
import { FILTER_CHANGES } from './config.ts';
import type { Report } from './run.ts';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** A Markdown table with padded columns; the first row is the header. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r, j) => {
    const line = `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    return j === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
  }).join('\n');
}

export function printTables(report: Report) {
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
