/** The benchmark's fixed settings: where it serves the builds, and how many of each measurement it takes. */

// Ports are configurable (BENCH_PORT, BENCH_REF_PORT) so several checkouts can bench on one machine.
export const PORT = Number(process.env.BENCH_PORT ?? 4192);
export const REF_PORT = Number(process.env.BENCH_REF_PORT ?? PORT + 1);
/** Build directories of their own, so a bench run never clobbers dist/ used by preview and e2e. */
export const OUT_DIR = 'dist-bench';
export const REF_OUT_DIR = 'dist-bench-ref';
export const BASE = `http://127.0.0.1:${PORT}`;
export const REF_BASE = `http://127.0.0.1:${REF_PORT}`;
/** Loads of the app (and as many of the reference page, interleaved) on the real dataset. */
export const LOADS = Number(process.env.BENCH_LOADS ?? 11);
/** Fresh loads per larger dataset; fewer, since their loads take seconds each. */
export const LARGE_LOADS = Number(process.env.BENCH_LARGE_LOADS ?? 5);
export const FILTER_CHANGES = 50;
/** Clicks of each kind timed for the yardsticks of "work to next frame" (an even number: toggles in pairs). */
export const YARDSTICK_CLICKS = 20;
/** How long the page is left idle before a click timed "from an idle page". */
export const IDLE_MS = 200;
export const EXPORTS_PER_CHART = 5;
export const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
export const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;
/**
 * The datasets to measure, by name prefix (e.g. BENCH_DATASETS="real,realistic"): all four by default; a
 * subset for a quick look while working on one of them. README figures come from full runs.
 */
export const DATASETS = (process.env.BENCH_DATASETS ?? '').split(',').map((name) => name.trim()).filter(Boolean);
