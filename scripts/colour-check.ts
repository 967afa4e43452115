/**
 * Checks the palette in src/theme/tokens.ts and the brand colours of a dataset (`brands[].colours`), in both themes:
 *  1. WCAG 2.x contrast: body text, muted text and the accent against the card surface and the page
 *     background (≥ 4.5:1); every data colour against the card surface, where charts and their direct
 *     labels sit (≥ 4.5:1, so a colour can label text as well as fill marks); the focus ring against both
 *     (≥ 3:1, WCAG 1.4.11).
 *  2. Pairwise CIEDE2000 distance between the data colours (four brands, Alliance, other companies) with
 *     normal vision and after simulating protanopia, deuteranopia and tritanopia (Machado, Oliveira &
 *     Fernandes 2009, severity 1.0, applied in linear RGB). Normal, protan and deutan must reach ΔE00 ≥ 10;
 *     tritanopia (about 1 in 10,000 people) is reported as advisory.
 *
 * Run: npx tsx scripts/colour-check.ts [--data public/data/alliance.json] [--json] [--set light:Mitsubishi=#882C74 ...]
 * `--set` tries a replacement without editing tokens.ts or the dataset. Exits 1 if a required check fails.
 * Results and method: docs/colour-check.md.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brandColours } from '../src/data/catalogue.ts';
import { Dataset } from '../src/data/schema.ts';
import { darkTheme, lightTheme, type Theme } from '../src/theme/tokens.ts';

type Rgb = [number, number, number];
type Lab = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const TEXT_MIN = 4.5;
const GRAPHIC_MIN = 3;
/** ΔE2000 below which two categorical colours are too close to tell apart on small marks. */
const DELTA_E_MIN = 10;

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of an sRGB colour (channels 0–1). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(hexToRgb(a)), luminance(hexToRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Machado et al. 2009, severity 1.0: linear-RGB → simulated linear-RGB. */
export const MACHADO: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
export type Vision = 'normal' | keyof typeof MACHADO;
const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** The visions a pair must pass in; tritanopia is reported but advisory. */
const REQUIRED: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia'];

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Linear RGB as seen with a vision type (channels 0–1). */
function simulateLinear(hex: string, vision: Vision): Rgb {
  const linear = hexToRgb(hex).map(toLinear) as Rgb;
  if (vision === 'normal') return linear;
  return MACHADO[vision].map((row) => clamp01(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) as Rgb;
}

/** CIELAB (D65) from linear RGB. */
function labFromLinear([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cBar7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + 25 ** 7)));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
  const dL = l2 - l1;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) dh = Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * rad);
  const lBar = (l1 + l2) / 2;
  const cBar = (cp1 + cp2) / 2;
  let hBar = hp1 + hp2;
  if (cp1 * cp2 !== 0) hBar = Math.abs(hp1 - hp2) <= 180 ? (hp1 + hp2) / 2 : hp1 + hp2 < 360 ? (hp1 + hp2 + 360) / 2 : (hp1 + hp2 - 360) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBar;
  const sh = 1 + 0.015 * cBar * t;
  const cBarP7 = cBar ** 7;
  const rt = -2 * Math.sqrt(cBarP7 / (cBarP7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad);
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** ΔE2000 between two colours as a reader with `vision` sees them. */
export function distance(a: string, b: string, vision: Vision): number {
  return deltaE2000(labFromLinear(simulateLinear(a, vision)), labFromLinear(simulateLinear(b, vision)));
}

/** The data colours of a theme, by name: the four brands, then the Alliance and "other" series. */
function dataColours(theme: Theme): [string, string][] {
  return [...theme.brand, ['Alliance', theme.alliance], ['Other', theme.other]];
}

interface ContrastRow { theme: string; name: string; colour: string; surface: number; background: number; min: number; against: 'both' | 'surface'; pass: boolean }
interface PairRow { theme: string; pair: string; distances: Record<Vision, number>; worst: number; pass: boolean; isTritanClose: boolean }

function contrastRows(theme: Theme): ContrastRow[] {
  const row = (name: string, colour: string, min: number, against: 'both' | 'surface'): ContrastRow => {
    const surface = contrast(colour, theme.surface);
    const background = contrast(colour, theme.background);
    const worst = against === 'both' ? Math.min(surface, background) : surface;
    return { theme: theme.name, name, colour, surface, background, min, against, pass: worst >= min };
  };
  return [
    row('text', theme.text, TEXT_MIN, 'both'),
    row('muted', theme.muted, TEXT_MIN, 'both'),
    row('accent', theme.accent, TEXT_MIN, 'both'),
    row('focus', theme.focus, GRAPHIC_MIN, 'both'),
    ...dataColours(theme).map(([name, colour]) => row(name, colour, TEXT_MIN, 'surface')),
  ];
}

function pairRows(theme: Theme): PairRow[] {
  const colours = dataColours(theme);
  const rows: PairRow[] = [];
  colours.forEach(([nameA, a], i) => {
    colours.slice(i + 1).forEach(([nameB, b]) => {
      const distances = Object.fromEntries(VISIONS.map((v) => [v, distance(a, b, v)])) as Record<Vision, number>;
      const worst = Math.min(...REQUIRED.map((v) => distances[v]));
      rows.push({ theme: theme.name, pair: `${nameA} / ${nameB}`, distances, worst, pass: worst >= DELTA_E_MIN, isTritanClose: distances.tritanopia < DELTA_E_MIN });
    });
  });
  return rows;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Applies `--set light:Mitsubishi=#882C74` overrides: a brand name, Alliance, Other, or any theme key. */
function withOverrides(theme: Theme, args: readonly string[]): Theme {
  const brand = new Map(theme.brand);
  const next: Theme = { ...theme, brand };
  args.forEach((arg, i) => {
    if (args[i - 1] !== '--set') return;
    const match = /^(light|dark):(\w+)=(#[0-9a-fA-F]{6})$/.exec(arg);
    if (!match) throw new Error(`--set expects theme:name=#RRGGBB, got ${arg}`);
    const [, themeName, name = '', colour = ''] = match;
    if (themeName !== theme.name) return;
    if (brand.has(name)) brand.set(name, colour);
    else if (name === 'Alliance') next.alliance = colour;
    else if (name === 'Other') next.other = colour;
    else if (name in next && typeof next[name as keyof Theme] === 'string') (next as unknown as Record<string, string>)[name] = colour;
    else throw new Error(`unknown colour name ${name}`);
  });
  return next;
}

/** The two themes with a dataset's brand colours; the dataset is validated first, so a bad colour is named by its path. */
export function themesFor(datasetFile: string): Theme[] {
  const dataset = Dataset.parse(JSON.parse(readFileSync(datasetFile, 'utf8')));
  return [lightTheme, darkTheme].map((theme) => ({ ...theme, brand: brandColours(dataset.brands, theme.name) }));
}

function main(args: readonly string[]) {
  const dataFile = args[args.indexOf('--data') + 1] ?? '';
  const themes = themesFor(args.includes('--data') ? dataFile : 'public/data/alliance.json').map((theme) => withOverrides(theme, args));
  const contrasts = themes.flatMap(contrastRows);
  const pairs = themes.flatMap(pairRows);

  console.log(`## Contrast (WCAG 2): text, muted and accent vs surface and background ≥ ${TEXT_MIN}:1; focus ring ≥ ${GRAPHIC_MIN}:1; data colours vs surface ≥ ${TEXT_MIN}:1\n`);
  console.log(
    table(
      ['theme', 'colour', 'hex', 'vs surface', 'vs background', 'needs', 'result'],
      contrasts.map((r) => [
        r.theme, r.name, r.colour, `${fixed(r.surface, 2)}:1`, `${fixed(r.background, 2)}:1${r.against === 'surface' ? ' (info)' : ''}`, `${r.min}:1`, r.pass ? 'pass' : 'FAIL',
      ]),
    ),
  );
  console.log(`\n## Pairwise CIEDE2000 between data colours (Machado 2009 simulations; normal, protan and deutan must reach ${DELTA_E_MIN}, tritan advisory)\n`);
  console.log(
    table(
      ['theme', 'pair', 'normal', 'protan.', 'deutan.', 'tritan.', 'worst (n/p/d)', 'result'],
      pairs.map((r) => [
        r.theme, r.pair, ...VISIONS.map((v) => fixed(r.distances[v])), fixed(r.worst), `${r.pass ? 'pass' : 'FAIL'}${r.isTritanClose ? ' (tritan close)' : ''}`,
      ]),
    ),
  );
  const failures = [...contrasts.filter((r) => !r.pass).map((r) => `${r.theme} ${r.name} contrast`), ...pairs.filter((r) => !r.pass).map((r) => `${r.theme} ${r.pair} ΔE`)];
  const advisories = pairs.filter((r) => r.isTritanClose).map((r) => `${r.theme} ${r.pair} (${fixed(r.distances.tritanopia)})`);
  console.log(failures.length ? `\n${failures.length} required check(s) failed: ${failures.join('; ')}` : '\nAll required checks pass.');
  if (advisories.length) console.log(`Tritanopia advisory, ΔE00 < ${DELTA_E_MIN}: ${advisories.join('; ')}`);
  if (args.includes('--json')) console.log(JSON.stringify({ contrasts, pairs }, null, 2));
  process.exitCode = failures.length ? 1 : 0;
}

// Run only as a script, so the colour maths can be imported by other tools and tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
