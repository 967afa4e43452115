/** The benchmark's fixed settings: where it serves the build, and how many of each measurement it takes. */

export const PORT = 5199;
/** A build directory of its own, so a bench run never clobbers dist/ used by preview and e2e. */
export const OUT_DIR = 'dist-bench';
export const BASE = `http://127.0.0.1:${PORT}`;
export const LOADS = 10;
/** Fresh loads per synthetic size; fewer for 100×, whose loads take seconds each. */
export const SYNTHETIC_LOADS: Record<number, number> = { 10: 5, 100: 3 };
export const FILTER_CHANGES = 50;
export const EXPORTS_PER_CHART = 5;
export const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
export const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;
