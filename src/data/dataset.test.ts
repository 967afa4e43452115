import fs from 'node:fs';
import path from 'node:path';
import rawJson from '../../public/data/alliance.json';
import { Dataset } from './schema';
import type { Brand } from './schema';
import { verifyDataset } from './verify';


/**
 * The shipped dataset, and the seed documents it cites: they sit beside the repo
 * (../shared/seeds) in CI and dev, so they are read unconditionally — a missing
 * seed folder fails this file rather than skipping the provenance test.
 */
const raw: unknown = rawJson;
const data = Dataset.parse(raw);
const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
const seeds: Record<string, string> = Object.fromEntries(
  fs.readdirSync(SEEDS_DIR).map((file) => [file, fs.readFileSync(path.resolve(SEEDS_DIR, file), 'utf8')]),
);

/** The "Global sales" table as read from the encyclopedia article (null = no figure in the table). */
const EXPECTED_SALES: Record<number, Record<Brand, number | null>> = {
  2011: { Renault: 2722062, Nissan: 4669981, Mitsubishi: null, AvtoVAZ: 637179 },
  2012: { Renault: 2550286, Nissan: 4940133, Mitsubishi: null, AvtoVAZ: 606778 },
  2013: { Renault: 2628208, Nissan: 5102979, Mitsubishi: null, AvtoVAZ: 533634 },
  2014: { Renault: 2712432, Nissan: 5310064, Mitsubishi: null, AvtoVAZ: 448114 },
  2015: { Renault: 2801592, Nissan: 5421804, Mitsubishi: null, AvtoVAZ: 305491 },
  2016: { Renault: 3182625, Nissan: 5559902, Mitsubishi: 934013, AvtoVAZ: 284807 },
  2017: { Renault: 3761634, Nissan: 5816278, Mitsubishi: 1030454, AvtoVAZ: null },
  2018: { Renault: 3884295, Nissan: 5653683, Mitsubishi: 1218897, AvtoVAZ: null },
};

const EXPECTED_TOTALS: Record<number, number> = {
  2011: 8029222, 2012: 8097197, 2013: 8264821, 2014: 8470610,
  2015: 8528887, 2016: 9961347, 2017: 10608366, 2018: 10756875,
};

describe('public/data/alliance.json', () => {
  it('parses with the Dataset schema', () => {
    expect(Dataset.safeParse(raw).success).toBe(true);
  });

  it('holds exactly the expected figure for every brand and year', () => {
    const actual: Record<number, Record<string, number | null>> = {};
    for (const s of data.sales) (actual[s.year] ??= {})[s.brand] = s.units;
    expect(actual).toEqual(EXPECTED_SALES);
    expect(data.sales).toHaveLength(32);
  });

  it('holds exactly the expected total for every year', () => {
    expect(Object.fromEntries(data.salesTotals.map((t) => [t.year, t.units]))).toEqual(EXPECTED_TOTALS);
  });

  it('has each year’s brand sum equal to its total', () => {
    for (const total of data.salesTotals) {
      const sum = data.sales.filter((s) => s.year === total.year).reduce((acc, s) => acc + (s.units ?? 0), 0);
      expect(sum, String(total.year)).toBe(total.units);
    }
  });

  it('explains every null sales figure in a note', () => {
    const unexplained = data.sales.filter((s) => s.units === null && !s.note);
    expect(unexplained).toEqual([]);
  });

  it('resolves every source id', () => {
    const ids = new Set(data.sources.map((s) => s.id));
    const records = [data.sales, data.salesTotals, data.evMilestones, data.evLaunches, data.ownership, data.plants, data.events, data.targets].flat();
    expect(records.filter((r) => !ids.has(r.source))).toEqual([]);
  });

  it('has every EV (series, measure) non-decreasing in time', () => {
    const groups = new Map<string, { date: string; units: number }[]>();
    for (const m of data.evMilestones) {
      const key = `${m.series}/${m.measure}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    for (const [key, points] of groups) {
      const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
      sorted.slice(1).forEach((p, i) => expect(p.units, `${key} at ${p.date}`).toBeGreaterThanOrEqual(sorted[i]!.units));
    }
  });

  it('keeps both dates for the Alliance 500,000 milestone, each with its own quote', () => {
    const records = data.evMilestones.filter((m) => m.series === 'alliance' && m.units === 500000);
    expect(records.map((m) => [m.date, m.qualifier ?? null]).sort()).toEqual([['2017-10', null], ['2017-12', 'over']]);
    expect(new Set(records.map((m) => m.quote)).size).toBe(2);
  });

  it('dates the table rows without a date cell from the row above', () => {
    const at = (units: number) => data.evMilestones.find((m) => m.series === 'alliance' && m.units === units)?.date;
    expect(at(300000)).toBe('2015-12');
    expect(at(800000)).toBe('2019-12');
  });

  it('gives every plant at least one capacity and a source', () => {
    for (const plant of data.plants) {
      expect(plant.capacities.length, plant.id).toBeGreaterThan(0);
      expect(plant.source, plant.id).toBe('wiki-alliance');
    }
  });

  it('matches the seeds: every quote found, every figure stated, totals consistent', () => {
    expect(Object.keys(seeds).sort()).toEqual(data.sources.map((s) => s.file).sort());
    expect(verifyDataset(data, seeds)).toEqual([]);
  });

  it('checks the price of Renault’s 1999 stake in Nissan against the seed sentence ($3.5 billion)', () => {
    const changed = structuredClone(data);
    changed.ownership[0]!.investment = { amount: 3600000000, currency: 'USD' };
    expect(verifyDataset(changed, seeds)).toEqual([{ path: 'ownership[0].investment.amount', message: 'ownership[0].investment.amount 3600000000 does not appear in its quote' }]);
  });

  it('checks both halves of the Aguascalientes 50:50 joint venture against the seed sentence', () => {
    const indexes = data.ownership.flatMap((o, i) => (o.held === 'aguascalientes-jv' ? [i] : []));
    const changed = structuredClone(data);
    for (const i of indexes) changed.ownership[i]!.percent = 51;
    expect(verifyDataset(changed, seeds)).toEqual(
      indexes.map((i) => ({ path: `ownership[${i}].percent`, message: `ownership[${i}].percent 51 does not appear in its quote` })),
    );
  });
});
