/**
 * Makes a dataset shaped like this one grown about 75×, the way it would grow as more documents are read:
 * years 1999–2025; 60 EV series (5 totals, 55 models) with a milestone every month of their run;
 * 150 companies and 600 stakes; 300 plants; 800 events; 3,000 sources — about 11,000 records.
 * Unlike make-synthetic.ts (jittered copies of one small world), it has long time axes, dense series
 * and one large ownership graph, which is what stresses the views. Fixed-seed PRNG: the same seed gives
 * the same file, byte for byte; validated with the app's schema before it is returned.
 *
 * Run: npx tsx scripts/make-growth.ts [--seed 16] [--out bench-results/growth.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import realDataset from '../public/data/alliance.json' with { type: 'json' };
import { allianceStakesByHeld } from '../src/data/plantTenure.ts';
import { Dataset, type Brand } from '../src/data/schema.ts';
import { argValue, clamp, mulberry32, recordCount } from './make-synthetic.ts';

export const GROWTH = { firstYear: 1999, lastYear: 2025, evSeries: 60, companies: 150, stakes: 600, plants: 300, events: 800, sources: 3000 } as const;

/** Plant sites to scatter around: [lat, lon] of regions where carmakers build. */
const REGIONS: readonly (readonly [number, number])[] = [[48, 2], [52, 10], [45, 25], [55, 40], [35, 137], [36, 127], [31, 118], [22, 78], [14, 101], [-23, -46], [19, -99], [40, -86], [34, -6], [-26, 28], [39, 33]];
/** The real file's brands, colours and includes: the grown dataset keeps them, as the app takes its brands from the data. */
const REAL_BRANDS = Dataset.parse(realDataset).brands;
const BRANDS: readonly Brand[] = REAL_BRANDS.map((b) => b.id);
const PARTNERS = ['Dongfeng', 'Daimler', 'Geely', 'Dacia', 'Lada', 'Datsun', 'Infiniti'];
const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const month = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}`;

/** The growth dataset for `seed`. */
export function makeGrowth(seed = 16): Dataset {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { firstYear, lastYear } = GROWTH;
  const source = () => `src-${pad(int(1, GROWTH.sources))}`;
  const provenance = (text: string) => (random() < 0.7 ? { source: source(), quote: text } : { source: source(), note: `Derived: ${text}` });

  const sources = Array.from({ length: GROWTH.sources }, (_, i) => ({
    id: `src-${pad(i + 1)}`,
    title: `Report ${i + 1} on the Alliance's ${pick(['sales', 'plants', 'shareholdings', 'electric cars', 'strategy'])}`,
    file: `src-${pad(i + 1)}.txt`,
    publisher: pick(['Automotive News', 'Les Echos', 'Reuters', 'Nikkei', 'Encyclopedia']),
    date: `${int(firstYear, lastYear)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
    language: random() < 0.8 ? ('en' as const) : ('fr' as const),
    kind: random() < 0.9 ? ('news' as const) : ('encyclopedia' as const),
  }));

  const sales: Dataset['sales'] = [];
  const salesTotals: Dataset['salesTotals'] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    let total = 0;
    for (const [b, brand] of BRANDS.entries()) {
      // Later brands join later (Mitsubishi and AvtoVAZ came into the Alliance years after 1999).
      const known = year >= firstYear + b * 4 && random() > 0.05;
      const units = known ? int(200_000, 5_500_000) : null;
      total += units ?? 0;
      sales.push({ year, brand, units, ...provenance(`${brand} sold ${units ?? 'an unknown number of'} vehicles in ${year}`) });
    }
    salesTotals.push({ year, units: total, ...provenance(`The Alliance sold ${total} vehicles in ${year}`) });
  }

  const evSeries: Dataset['evSeries'] = [];
  const evMilestones: Dataset['evMilestones'] = [];
  const evLaunches: Dataset['evLaunches'] = [];
  const end = lastYear * 12 + 11;
  for (let i = 0; i < GROWTH.evSeries; i += 1) {
    const isTotal = i < 5;
    const brand: Brand | null = i === 0 ? null : (BRANDS[i % BRANDS.length] as Brand);
    const id = isTotal ? `total-${brand ?? 'alliance'}`.toLowerCase() : `model-${pad(i, 2)}`;
    const label = isTotal ? `${brand ?? 'Alliance'} (all electric models)` : `${brand} EV model ${i}`;
    evSeries.push({ id, label, brand, kind: isTotal ? 'total' : 'model' });
    // Totals run from the first launch to the end; models from their launch for 2–12 years.
    const start = isTotal ? 2009 * 12 + int(0, 11) : int(2009 * 12, 2022 * 12);
    const stop = isTotal ? end : Math.min(end, start + int(24, 144));
    let units = 0;
    for (let m = start; m <= stop; m += 1) {
      units += int(isTotal ? 2_000 : 100, isTotal ? 12_000 : 2_500);
      evMilestones.push({ date: month(m), series: id, units, measure: 'sales', ...(random() < 0.1 ? { qualifier: 'over' as const } : {}), ...provenance(`${label} reached ${units} units`) });
    }
    if (!isTotal && brand) evLaunches.push({ date: month(start), model: label, brand, ...provenance(`${label} was launched`) });
  }

  const companies: Dataset['companies'] = BRANDS.map((brand) => ({ id: brand.toLowerCase(), name: brand, kind: 'member' as const, brand }));
  for (let i = companies.length; i < GROWTH.companies; i += 1) {
    const kind = random() < 0.4 ? ('owner' as const) : ('entity' as const);
    companies.push({ id: `co-${pad(i, 3)}`, name: `${kind === 'owner' ? 'Holding' : 'Venture'} ${i}`, kind, brand: kind === 'entity' && random() < 0.5 ? pick(BRANDS) : null });
  }
  const holds = (holder: string, percent: number | null, held: string) => `${holder} holds ${percent ?? 'a stake'}% of ${held}`;
  const drawn: Dataset['ownership'] = Array.from({ length: GROWTH.stakes }, () => {
    const holder = pick(companies).id;
    let held = pick(companies).id;
    while (held === holder) held = pick(companies).id;
    const from = int(firstYear, lastYear - 1);
    const percent = random() < 0.1 ? null : clamp(Math.round(random() * 1000) / 10, 0.1, 100);
    const to = random() < 0.5 ? null : int(from + 1, lastYear + 1);
    return { holder, held, percent, voting: random() < 0.3 ? null : random() < 0.8, from, to, ...provenance(holds(holder, percent, held)) };
  });
  // A holder has one stake in a company at a time (the schema refuses two at once): a stake drawn over years its
  // pair already covers moves to the next company it can hold then, after drawing, so the random sequence and
  // every other record stay as they were.
  const spans = new Map<string, Dataset['ownership']>();
  const overlaps = (stake: Dataset['ownership'][number]) =>
    (spans.get(`${stake.holder}>${stake.held}`) ?? []).some((other) => stake.from < (other.to ?? Infinity) && other.from < (stake.to ?? Infinity));
  const ownership = drawn.map((drawnStake) => {
    let stake = drawnStake;
    const at = companies.findIndex((c) => c.id === drawnStake.held);
    for (let step = 1; overlaps(stake) || stake.held === stake.holder; step += 1) {
      stake = { ...drawnStake, held: companies[(at + step) % companies.length]!.id };
    }
    // A moved stake's words name the company it moved to (its source, and quote or note, as drawn).
    if (stake !== drawnStake) {
      const text = holds(stake.holder, stake.percent, stake.held);
      stake = 'quote' in stake ? { ...stake, quote: text } : { ...stake, note: `Derived: ${text}` };
    }
    const pair = `${stake.holder}>${stake.held}`;
    spans.set(pair, [...(spans.get(pair) ?? []), stake]);
    return stake;
  });

  // Every tenth plant is run by a venture the Alliance holds a stake in (the plant counts while it does, as
  // Togliatti does): picked by index, not by random(), so the rest of the file stays as it was generated before
  // plants had operators.
  const heldByAlliance = allianceStakesByHeld(companies, ownership);
  const ventures = companies.filter((company) => company.kind === 'entity' && heldByAlliance.has(company.id));
  const plants: Dataset['plants'] = Array.from({ length: GROWTH.plants }, (_, i) => {
    const [lat, lon] = pick(REGIONS);
    const capacity = int(20, 600) * 1000;
    const brands = random() < 0.3 ? [pick(BRANDS), pick(PARTNERS)] : [pick(BRANDS)];
    return {
      id: `plant-${pad(i, 3)}`,
      name: `Plant ${i + 1}`,
      city: `City ${i + 1}`,
      country: `Country ${(i % 40) + 1}`,
      lat: Math.round(clamp(lat + (random() * 2 - 1) * 5, -60, 75) * 1000) / 1000,
      lon: Math.round(clamp(lon + (random() * 2 - 1) * 8, -179, 179) * 1000) / 1000,
      brands,
      capacities: [{ amount: capacity, basis: 'stated', scope: 'plant', period: 'year', from: null }],
      capacityUnit: pick(['vehicles', 'vehicles', 'vehicles', 'engines', 'batteries'] as const),
      ...(random() < 0.8 ? { opened: int(1950, lastYear) } : {}),
      ...(i % 10 === 0 && ventures.length > 0 ? { operator: ventures[(i / 10) % ventures.length]!.id } : {}),
      ...provenance(`The plant can build ${capacity} units a year`),
    };
  });

  const events: Dataset['events'] = Array.from({ length: GROWTH.events }, (_, i) => {
    const year = int(firstYear, lastYear);
    return { date: random() < 0.8 ? `${year}-${pad(int(1, 12), 2)}` : String(year), label: `Alliance turning point ${i + 1}`, ...provenance(`Event ${i + 1} happened in ${year}`) };
  });
  const targets: Dataset['targets'] = [2016, 2022, 2026].map((year) => ({ year, amount: int(10, 16) * 1_000_000, unit: 'vehicles', period: 'year', measure: 'sales', label: `${year} sales target`, ...provenance(`a target for ${year}`) }));

  // Validate with the app's schema: the benchmark must measure files the app accepts.
  return Dataset.parse({ sources, brands: REAL_BRANDS, sales, salesTotals, evSeries, evMilestones, evLaunches, companies, ownership, plants, events, targets });
}

function main(args: readonly string[]) {
  const seed = Number(argValue(args, '--seed') ?? 16);
  const out = argValue(args, '--out') ?? 'bench-results/growth.json';
  const data = makeGrowth(seed);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(out, text);
  console.log(`${out}: growth (seed ${seed}), ${recordCount(data)} records, ${(text.length / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
