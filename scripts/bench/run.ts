/** One full benchmark pass: asset bytes, then loads (interleaved with the reference page) and filter changes per dataset, then exports. */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, quietWindowSwitch, requireChromium } from '../chromium.mjs';
import { makeGrowth } from '../make-growth.ts';
import { makeSynthetic, readRealDataset, recordCount } from '../make-synthetic.ts';
import { loadedBytes, measureBytes } from './bytes.ts';
import { BASE, DATASETS, LARGE_LOADS, LOADS, OUT_DIR, REF_BASE, REF_OUT_DIR } from './config.ts';
import { appTarget, measureExports, measureFilters, measureLoads, referenceTarget, type Variant } from './measure.ts';
import { measureParsers } from './parser.ts';

export type Report = Awaited<ReturnType<typeof run>>;

/** The datasets measured: the real file, jittered copies (10×, 100×) and the realistic growth dataset. */
function variants(): (Variant & { loads: number })[] {
  const real = readRealDataset();
  const served = (name: string, data: ReturnType<typeof readRealDataset>) => ({ name, records: recordCount(data), body: JSON.stringify(data), loads: LARGE_LOADS });
  const all = [
    { name: 'real', records: recordCount(real), body: null, loads: LOADS },
    served('synthetic 10×', makeSynthetic(real, 10, 8)),
    served('synthetic 100×', makeSynthetic(real, 100, 8)),
    served('realistic 100×', makeGrowth(16)),
  ];
  // The real file stays first: bytes are read from its loads.
  return all.filter((variant) => variant.name === 'real' || DATASETS.length === 0 || DATASETS.some((name) => variant.name.startsWith(name)));
}

/** Measures against the already started preview servers; resolves with the report written to latest.json. */
export async function run() {
  const built = { app: measureBytes(OUT_DIR), reference: measureBytes(REF_OUT_DIR) };
  // Without the browser window's own omnibox renderer, whose CPU both pages would share (scripts/chromium.mjs).
  const browser = await chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, await quietWindowSwitch()] });
  try {
    const datasets = [];
    for (const variant of variants()) {
      process.stderr.write(`bench: ${variant.name} — ${variant.loads} loads each of the reference page and the app…`);
      // The reference page always draws the real file: it is the yardstick, not the thing under load.
      const loads = await measureLoads(browser, [referenceTarget({ ...variant, body: null }), appTarget(variant)], variant.loads);
      process.stderr.write(' filter changes…');
      const filter = await measureFilters(browser, variant);
      process.stderr.write(' done\n');
      const { app, reference } = loads;
      if (!app || !reference) throw new Error('a load target is missing');
      datasets.push({ name: variant.name, records: variant.records, bytes: variant.body?.length ?? null, load: app, reference, filter });
    }
    process.stderr.write('bench: exports…\n');
    const exports = await measureExports(browser);
    process.stderr.write('bench: name parsers…\n');
    const parsers = measureParsers();
    const [real] = datasets;
    if (!real) throw new Error('no dataset measured');
    // The entry script and its preloads are named in the HTML; stylesheets are files (the inline CSS is counted apart).
    const appFetched = (urls: readonly string[]) =>
      loadedBytes(OUT_DIR, urls.map((url) => new URL(url, BASE).href).concat(built.app.initial.js.files.map((f) => `${BASE}/${f}`), built.app.initial.css.files.filter((f) => f.endsWith('.css')).map((f) => `${BASE}/${f}`)));
    const referenceFetched = (urls: readonly string[]) => loadedBytes(REF_OUT_DIR, urls.concat(built.reference.initial.js.files.map((f) => `${REF_BASE}/${f}`)));
    const bytes = {
      app: { ...built.app, loaded: appFetched(real.load.fetched), loadedWhenComplete: appFetched(real.load.fetchedWhenComplete) },
      reference: { ...built.reference, loaded: referenceFetched(real.reference.fetched), loadedWhenComplete: referenceFetched(real.reference.fetchedWhenComplete) },
    };
    return { date: new Date().toISOString(), chromium: browser.version(), node: process.version, bytes, datasets, exports, parsers };
  } finally {
    await browser.close();
  }
}
