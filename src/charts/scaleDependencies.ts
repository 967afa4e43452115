/**
 * What d3-scale needs from d3-interpolate, d3-format and d3-time-format, for this app's scales only
 * (vite.config.ts aliases those three packages here, in the build and in the tests alike).
 *
 * Why: d3-scale imports the three at its top, so every scale brings d3-color (colour interpolation),
 * d3-format and d3-time-format's English locale into the page's first load — 9.5 KB gzip (measured), a twentieth of
 * the bytes until the page answers input. This app interpolates numbers only (positions and radii) and
 * formats every tick with `Intl` (charts/*\/format.ts), never with a scale's `tickFormat`. The scales'
 * other imports (d3-array, d3-time) are the real ones.
 *
 * Anything outside that use fails loudly rather than drawing wrong: a colour or string range, a diverging
 * scale's `piecewise`, or a d3 number or date format.
 */

type Interpolator = (t: number) => number;

function numeric(value: unknown): number {
  if (typeof value === 'number') return value;
  throw new TypeError('Only numeric scale ranges are bundled (src/charts/scaleDependencies.ts).');
}

/** d3-interpolate's `interpolateNumber`: a to b, linearly. */
export function interpolateNumber(a: unknown, b: unknown): Interpolator {
  const from = numeric(a);
  const to = numeric(b);
  return (t) => from * (1 - t) + to * t;
}

/** d3-interpolate's `interpolate`, which picks by type; here the type is always a number. */
export const interpolate = interpolateNumber;

/** d3-interpolate's `interpolateRound`: as `interpolateNumber`, rounded (a scale's `rangeRound`). */
export function interpolateRound(a: unknown, b: unknown): Interpolator {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

function notBundled(name: string): never {
  throw new Error(`${name} is not bundled: format with Intl (src/charts/scaleDependencies.ts).`);
}

export const piecewise = (): never => notBundled('piecewise');
export const format = (): never => notBundled('d3-format');
export const formatPrefix = (): never => notBundled('d3-format');
export const formatSpecifier = (): never => notBundled('d3-format');
export const precisionFixed = (): never => notBundled('d3-format');
export const precisionPrefix = (): never => notBundled('d3-format');
export const precisionRound = (): never => notBundled('d3-format');

/**
 * d3-time-format's `utcFormat` and `timeFormat`. A time scale makes its tick formatters when it is built,
 * so these must return a function; calling it is what fails.
 */
export const utcFormat = (_specifier: string) => (): never => notBundled('d3-time-format');
export const timeFormat = utcFormat;
