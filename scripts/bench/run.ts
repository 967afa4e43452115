/** One full benchmark pass: asset bytes, then loads and filter changes per dataset, then exports. */
import type { ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { makeSynthetic, readRealDataset, recordCount } from '../make-synthetic.ts';
import { measureBytes } from './bytes.ts';
import { LOADS, SYNTHETIC_LOADS } from './config.ts';
import { measureExports, measureFilters, measureLoads, type Variant } from './measure.ts';
import { waitForServer } from './server.ts';

export type Report = Awaited<ReturnType<typeof run>>;

/** Measures against the already started preview `server`; resolves with the report written to latest.json. */
export async function run(server: ChildProcess) {
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
