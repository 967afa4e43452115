/** The human-readable part of the bench output: Markdown tables printed after the JSON. */
import { FILTER_CHANGES, IDLE_MS, YARDSTICK_CLICKS } from './config.ts';
import { PARSER_SIZES } from './parser.ts';
import type { Report } from './run.ts';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const medianP95 = (s: { median: number; p95: number }) => `${ms(s.median)} / ${ms(s.p95)}`;
const ratio = (app: number, reference: number) => (reference > 0 ? `${(app / reference).toFixed(2)}×` : '—');

/** A Markdown table with padded columns; the first row is the header. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r, j) => {
    const line = `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    return j === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
  }).join('\n');
}

type Bytes = Report['bytes']['app'];
const firstLoadGzip = (b: Bytes) => b.loaded.js.gzip + b.loaded.css.gzip;
const completeLoadGzip = (b: Bytes) => b.loadedWhenComplete.js.gzip + b.loadedWhenComplete.css.gzip;

/** The issue's goals, measured value and goal side by side. */
export function goals(report: Report) {
  const [real] = report.datasets;
  const growth = report.datasets.find((d) => d.name === 'realistic 100×');
  if (!real || !growth) throw new Error('real and realistic datasets are both needed');
  const x = (app: number, reference: number) => app / reference;
  return [
    { metric: 'first chart painted', value: x(real.load.firstChart.median, real.reference.firstChart.median), unit: '×', goal: 0.6 },
    { metric: 'all four charts painted', value: x(real.load.allCharts.median, real.reference.allCharts.median), unit: '×', goal: 0.8 },
    { metric: 'JS+CSS gzip on first load, until interactive', value: x(firstLoadGzip(report.bytes.app), firstLoadGzip(report.bytes.reference)), unit: '×', goal: 1.1 },
    { metric: 'JS+CSS gzip on first load, until the sales card is Recharts', value: x(completeLoadGzip(report.bytes.app), completeLoadGzip(report.bytes.reference)), unit: '×', goal: 1.1 },
    { metric: 'JS heap after load', value: x(real.load.heapMb.median, real.reference.heapMb.median), unit: '×', goal: 1.5 },
    { metric: 'JS heap 4 s after load, idle work done', value: x(real.load.heapSettledMb.median, real.reference.heapSettledMb.median), unit: '×', goal: 1.5 },
    { metric: 'brand toggle, work to next frame, real', value: real.filter.brandToggleWork.median, unit: ' ms', goal: 12 },
    { metric: 'brand toggle, work to next frame, real, from an idle page', value: real.filter.brandToggleWorkIdle.median, unit: ' ms', goal: 12 },
    { metric: 'brand toggle, work to next frame, realistic 100× (median)', value: growth.filter.brandToggleWork.median, unit: ' ms', goal: 50 },
    { metric: 'brand toggle, work to next frame, realistic 100× (p95)', value: growth.filter.brandToggleWork.p95, unit: ' ms', goal: 100 },
    { metric: 'first chart, realistic 100×', value: x(growth.load.firstChart.median, growth.reference.firstChart.median), unit: '×', goal: 2 },
  ].map((g) => ({ ...g, met: g.value <= g.goal }));
}

export function printTables(report: Report) {
  const { bytes, datasets, exports, parsers } = report;
  console.log('\n## Goals (ratios to the reference page measured in the same run)\n');
  console.log(table([
    ['metric', 'measured', 'goal', 'met'],
    ...goals(report).map((g) => [g.metric, `${g.value.toFixed(g.unit === '×' ? 2 : 0)}${g.unit}`, `≤ ${g.goal}${g.unit}`, g.met ? 'yes' : 'no']),
  ]));
  console.log('\n## Bytes (production build; gzip level 9)\n');
  const row = (what: string, app: { raw: number; gzip: number; files: string[] }, ref: { raw: number; gzip: number }) =>
    [what, kib(app.raw), kib(app.gzip), String(app.files.length), kib(ref.gzip), ratio(app.gzip, ref.gzip)];
  const { app, reference } = bytes;
  console.log(table([
    ['what', 'raw', 'gzip', 'files', 'reference gzip', 'ratio'],
    row('HTML (index.html)', app.html, reference.html),
    row('JS, in the HTML', app.initial.js, reference.initial.js),
    row('JS, fetched until interactive', app.loaded.js, reference.loaded.js),
    row('CSS, fetched until interactive', app.loaded.css, reference.loaded.css),
    row('JS, fetched until the sales card is Recharts', app.loadedWhenComplete.js, reference.loadedWhenComplete.js),
    row('JS, everything', app.all.js, reference.all.js),
    row('CSS, everything', app.all.css, reference.all.css),
    ['dataset (data/alliance.json)', kib(app.data.dataset.raw), kib(app.data.dataset.gzip), '1', '', ''],
    ['other JSON assets (map outlines)', kib(app.data.other.raw), kib(app.data.other.gzip), String(app.data.other.files.length), '', ''],
  ]));
  console.log('\n## Loads (headless Chromium, 1400×1000; reference page = one Recharts bar chart of the real data)\n');
  console.log(table([
    ['dataset', 'records', 'first chart', 'ratio', 'all four', 'ratio', 'interactive', 'ratio', 'sales card Recharts', 'reference (first)', 'heap', 'ratio', 'heap 4 s on', 'ratio'],
    ...datasets.map((d) => [
      d.name, String(d.records), ms(d.load.firstChart.median), ratio(d.load.firstChart.median, d.reference.firstChart.median),
      ms(d.load.allCharts.median), ratio(d.load.allCharts.median, d.reference.allCharts.median),
      ms(d.load.interactive.median), ratio(d.load.interactive.median, d.reference.interactive.median), ms(d.load.complete.median), ms(d.reference.firstChart.median),
      `${d.load.heapMb.median} MB`, ratio(d.load.heapMb.median, d.reference.heapMb.median),
      `${d.load.heapSettledMb.median} MB`, ratio(d.load.heapSettledMb.median, d.reference.heapSettledMb.median),
    ]),
  ]));
  console.log('\n## Filter changes\n');
  console.log(table([
    ['dataset', 'brand: work to next frame (median / p95)', 'no change: the same', 'brand, from idle', 'no change, from idle', 'brand: settled (median / p95)', 'year: settled (median / p95)', 'views updated', 'timed out'],
    ...datasets.map((d) => [
      d.name, medianP95(d.filter.brandToggleWork), medianP95(d.filter.noChangeWork), medianP95(d.filter.brandToggleWorkIdle), medianP95(d.filter.noChangeWorkIdle),
      medianP95(d.filter.brandToggle),
      medianP95(d.filter.yearChange), d.filter.changesUpdatingAllFourViews, String(d.filter.timedOut),
    ]),
  ]));
  console.log(`\nMedians of ${datasets.map((d) => `${d.load.allCharts.n} loads (${d.name})`).join(', ')}, each app load after a reference load; filter changes: ${FILTER_CHANGES} per dataset (half brand toggles, half year changes) after 4 warm-up changes; "no change" = a click on a button that changes nothing; "from idle" = ${IDLE_MS} ms after the last change settled, ${YARDSTICK_CLICKS} clicks each.`);
  console.log('Views redrawn per change (real dataset):', JSON.stringify(datasets[0]?.filter.viewsRedrawn));
  console.log('\n## PNG export (real dataset, click → finished file handed to the browser)\n');
  console.log(table([['chart', 'median', 'p95', 'min', 'max'], ...Object.entries(exports).map(([name, s]) => [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)])]));
  console.log('\n## Name parsers on "Renault " + n × "(" + ")" (Node, µs per call; ~10× per 10× is linear, ~100× quadratic)\n');
  console.log(table([
    ['parser', ...PARSER_SIZES.map((n) => `n = ${n.toLocaleString('en')}`), ...PARSER_SIZES.slice(1).map((n) => `ratio to ${n.toLocaleString('en')}`)],
    ...parsers.map((p) => [p.name, ...p.microseconds.map((t) => `${t.toFixed(1)} µs`), ...p.ratios.map((r) => `${r.toFixed(1)}×`)]),
  ]));
}
