/**
 * Makes a synthetic dataset N× the size of public/data/alliance.json, with the same schema, for the
 * benchmark. Copy 0 is the real file; copies 1…N-1 repeat every record with suffixed ids (so ids stay
 * unique and every reference — source, series, company — points into its own copy), numbers jittered
 * by ±20 % and plant positions by a few degrees, all from a fixed-seed PRNG: the same N and seed give
 * the same file, byte for byte. Sales and sales totals are not copied: the schema allows one figure per
 * year (and brand), so the copies' other records grow and the sales table stays the real one.
 * The result is validated with the app's own schema before it is returned.
 * For a dataset shaped like real growth (more years, series, companies), see make-growth.ts.
 *
 * Run: npx tsx scripts/make-synthetic.ts --factor 10 [--seed 8] [--out bench-results/synthetic-10x.json]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Dataset } from '../src/data/schema.ts';

type Data = Dataset;

/** Mulberry32: a tiny, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real dataset as shipped. */
export function readRealDataset(root = process.cwd()): Data {
  return Dataset.parse(JSON.parse(readFileSync(resolve(root, 'public/data/alliance.json'), 'utf8')));
}

/** A dataset `factor` times the size of `base`, deterministic for a given seed. */
export function makeSynthetic(base: Data, factor: number, seed = 8): Data {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const random = mulberry32(seed);
  const jitter = (value: number, spread = 0.2) => Math.max(1, Math.round(value * (1 + (random() * 2 - 1) * spread)));
  const out: Data = structuredClone(base);

  for (let k = 1; k < factor; k += 1) {
    const id = (value: string) => `${value}-s${k}`.slice(-80);
    const tag = (text: string, max: number) => `${text} · ${k}`.slice(0, max);
    out.sources.push(...base.sources.map((s) => ({ ...s, id: id(s.id), title: tag(s.title, 300) })));
    out.evSeries.push(...base.evSeries.map((s) => ({ ...s, id: id(s.id), label: tag(s.label, 120) })));
    out.evMilestones.push(...base.evMilestones.map((m) => ({ ...m, series: id(m.series), source: id(m.source), units: jitter(m.units) })));
    out.evLaunches.push(...base.evLaunches.map((l) => ({ ...l, source: id(l.source), model: tag(l.model, 120) })));
    out.companies.push(...base.companies.map((c) => ({ ...c, id: id(c.id), name: tag(c.name, 120) })));
    out.ownership.push(
      ...base.ownership.map((o) => ({
        ...o,
        holder: id(o.holder),
        held: id(o.held),
        source: id(o.source),
        percent: o.percent === null ? null : clamp(Math.round(o.percent * (0.8 + random() * 0.4) * 10) / 10, 0.1, 100),
      })),
    );
    out.plants.push(
      ...base.plants.map((p) => ({
        ...p,
        id: id(p.id),
        name: tag(p.name, 120),
        source: id(p.source),
        lat: Math.round(clamp(p.lat + (random() * 2 - 1) * 6, -60, 75) * 1000) / 1000,
        lon: Math.round(clamp(p.lon + (random() * 2 - 1) * 10, -179, 179) * 1000) / 1000,
        capacities: p.capacities.map((c) => ({ ...c, amount: jitter(c.amount) })),
      })),
    );
    out.events.push(...base.events.map((e) => ({ ...e, source: id(e.source), label: tag(e.label, 120) })));
    out.targets.push(...base.targets.map((t) => ({ ...t, source: id(t.source), amount: jitter(t.amount) })));
  }
  // Validate with the app's schema: the benchmark must measure files the app accepts.
  return Dataset.parse(out);
}

/** `value` held to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Record counts per collection, for the benchmark's report. */
export function recordCount(data: Data): number {
  return Object.values(data).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
}

/** The value after `--name` on the command line, if any. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: readonly string[]) {
  const factor = Number(argValue(args, '--factor') ?? 10);
  const seed = Number(argValue(args, '--seed') ?? 8);
  const out = argValue(args, '--out') ?? `bench-results/synthetic-${factor}x.json`;
  const data = makeSynthetic(readRealDataset(), factor, seed);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(out, text);
  console.log(`${out}: ${factor}× (seed ${seed}), ${recordCount(data)} records, ${(text.length / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
