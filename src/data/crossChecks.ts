import { brandSum } from './brandSum';
import { groupBy } from '../lib/groupBy';
import { hasDatedRecord } from './catalogue';
import { allianceStakesByHeld } from './plantTenure';
import { MAX_AMOUNT, YEARS, YEARS_MESSAGE } from './limits';
import { yearOf } from './yearOf';
import type { DatasetShape } from './schema';

/**
 * The dataset's rules that span records (unique ids, references that resolve, brands that include each
 * other sanely). Plain code, no zod: schema.ts reports these through zod, and the compiled check of a
 * fetched file (checkDataset.ts) runs them without loading zod at all.
 */
export interface CrossIssue {
  path: (string | number)[];
  message: string;
  input: unknown;
}

/**
 * Brand ids are read from the address without regard to case, and "none" there means no brand: two ids equal
 * but for case would be one brand in a link, and a brand called "none" could never be chosen by one.
 */
function checkBrandIds(issues: CrossIssue[], brands: DatasetShape['brands']) {
  const [exact, caseless] = [new Set<string>(), new Set<string>()];
  brands.forEach((brand, i) => {
    const path = ['brands', i, 'id'];
    const key = brand.id.toLowerCase();
    if (key === 'none') issues.push({ path, message: `"${brand.id}" is the address’s word for no brand`, input: brand.id });
    else if (exact.has(brand.id)) issues.push({ path, message: `duplicate id "${brand.id}"`, input: brand.id });
    else if (caseless.has(key)) issues.push({ path, message: `duplicate id "${brand.id}" (brand ids must differ by more than case)`, input: brand.id });
    exact.add(brand.id);
    caseless.add(key);
  });
}

/** Flags the second and later records with the same value of `field` (an id, or a year, or year + brand). */
function checkUnique(issues: CrossIssue[], key: string, ids: string[], field = 'id', what = 'id') {
  const seen = new Set<string>();
  ids.forEach((value, i) => {
    if (seen.has(value)) issues.push({ path: [key, i, field], message: `duplicate ${what} "${value}"`, input: value });
    seen.add(value);
  });
}

function checkRefs(issues: CrossIssue[], key: string | (string | number)[], field: string, records: readonly Record<string, unknown>[], known: Set<string>, what: string) {
  records.forEach((record, i) => {
    const value = record[field];
    if (typeof value === 'string' && !known.has(value)) {
      issues.push({ path: [...[key].flat(), i, field], message: `unknown ${what} id "${value}"`, input: value });
    }
  });
}

/** A date's year within YEARS, as a year field's is: here, not in the date's pattern, so it follows YEARS and says so in its words. */
function checkDateYears(issues: CrossIssue[], data: DatasetShape) {
  const check = (path: (string | number)[], date: string | null) => {
    if (date === null) return;
    const year = yearOf(date);
    if (year < YEARS[0] || year > YEARS[1]) issues.push({ path, message: `${YEARS_MESSAGE}, got "${date}"`, input: date });
  };
  for (const key of ['evMilestones', 'evLaunches'] as const) data[key].forEach((record, i) => check([key, i, 'date'], record.date));
  data.plants.forEach((plant, i) => plant.capacities.forEach((capacity, j) => check(['plants', i, 'capacities', j, 'from'], capacity.from)));
  data.events.forEach((event, i) => check(['events', i, 'date'], event.date));
}

function checkBrandRefs(issues: CrossIssue[], data: DatasetShape) {
  const known = new Set(data.brands.map((b) => b.id));
  for (const key of ['sales', 'evSeries', 'evLaunches', 'companies'] as const) checkRefs(issues, key, 'brand', data[key], known, 'brand');
  data.brands.forEach((b, i) => {
    if (b.includes) checkRefs(issues, ['brands', i, 'includes'], 'brand', b.includes, known, 'brand');
  });
}

const spanOf = (r: { from?: number; to?: number }): [number, number] => [r.from ?? -Infinity, r.to ?? Infinity];

/**
 * A brand is inside at most one other brand in any year, never inside itself, and never inside a brand
 * it contains: otherwise a total would subtract it twice or not at all.
 */
function checkIncludes(issues: CrossIssue[], brands: DatasetShape['brands']) {
  // Stryker disable next-line ArrayDeclaration: a stray string in the list has no parent or child, so it matches no include.
  const seen: { parent: string; child: string; span: [number, number] }[] = [];
  brands.forEach((b, i) =>
    (b.includes ?? []).forEach((inc, j) => {
      const path = ['brands', i, 'includes', j, 'brand'];
      const span = spanOf(inc);
      if (span[0] > span[1]) issues.push({ path: ['brands', i, 'includes', j, 'to'], message: 'the span ends before it starts', input: inc.to });
      if (inc.brand === b.id) issues.push({ path, message: `brand "${b.id}" cannot include itself`, input: inc.brand });
      const clash = seen.find((s) => s.child === inc.brand && s.span[0] <= span[1] && span[0] <= s.span[1]);
      if (clash) issues.push({ path, message: `"${inc.brand}" is already included in "${clash.parent}" in overlapping years`, input: inc.brand });
      const cycle = seen.find((s) => s.parent === inc.brand && s.child === b.id && s.span[0] <= span[1] && span[0] <= s.span[1]);
      if (cycle) issues.push({ path, message: `"${b.id}" and "${inc.brand}" cannot include each other`, input: inc.brand });
      seen.push({ parent: b.id, child: inc.brand, span });
    }),
  );
}

/** Every rule across records that `data` (already of the right shape) breaks; empty when it keeps them all. */
export function crossRecordIssues(data: DatasetShape): CrossIssue[] {
  const issues: CrossIssue[] = [];
  checkUnique(issues, 'sources', data.sources.map((s) => s.id));
  checkUnique(issues, 'evSeries', data.evSeries.map((s) => s.id));
  checkUnique(issues, 'companies', data.companies.map((c) => c.id));
  checkUnique(issues, 'plants', data.plants.map((p) => p.id));
  // One figure per year (and brand): a second one would be drawn on top of the first and split the total.
  const beforeSales = issues.length;
  checkUnique(issues, 'sales', data.sales.map((s) => `${s.year} ${s.brand}`), 'year', 'year and brand');
  checkUnique(issues, 'salesTotals', data.salesTotals.map((t) => String(t.year)), 'year', 'year');
  // Summed only over one figure a year and brand: a duplicate is reported above, not counted twice here.
  if (issues.length === beforeSales) checkTotals(issues, data);
  const sourceIds = new Set(data.sources.map((s) => s.id));
  for (const key of ['sales', 'salesTotals', 'evMilestones', 'evLaunches', 'ownership', 'plants', 'events', 'targets'] as const) {
    checkRefs(issues, key, 'source', data[key], sourceIds, 'source');
  }
  const seriesIds = new Set(data.evSeries.map((s) => s.id));
  checkRefs(issues, 'evMilestones', 'series', data.evMilestones, seriesIds, 'series');
  checkRefs(issues, 'targets', 'series', data.targets, seriesIds, 'series');
  checkDateYears(issues, data);
  if (!hasDatedRecord(data)) issues.push({ path: [], message: 'the dataset dates nothing, so it has no years to show', input: data });
  checkBrandIds(issues, data.brands);
  checkBrandRefs(issues, data);
  checkIncludes(issues, data.brands);
  const companyIds = new Set(data.companies.map((c) => c.id));
  checkRefs(issues, 'ownership', 'holder', data.ownership, companyIds, 'company');
  checkRefs(issues, 'ownership', 'held', data.ownership, companyIds, 'company');
  checkRefs(issues, 'plants', 'operator', data.plants, companyIds, 'company');
  checkOperators(issues, data);
  checkStakes(issues, data.ownership);
  return issues;
}

/**
 * A year's total is at least its brands' figures, each counted once (brandSum): "Share of total" divides by it,
 * and a total of 1 under brands selling millions drew a bar of ~1,000,000,000% that flattened every other year.
 */
function checkTotals(issues: CrossIssue[], data: DatasetShape) {
  // Each year's figures gathered in one pass: scanned for every total, a file at the schema's limits (20,000 sales,
  // a total for each of 201 years) took millions of steps.
  const salesOfYear = groupBy(data.sales, (sale) => sale.year);
  data.salesTotals.forEach((total, index) => {
    const sales = salesOfYear.get(total.year) ?? [];
    // A figure past MAX_AMOUNT is the schema's to report: summed, it would be reported twice.
    if (total.units > MAX_AMOUNT || sales.some((sale) => (sale.units ?? 0) > MAX_AMOUNT)) return;
    const sum = brandSum({ brands: data.brands, sales }, total.year);
    if (sum > total.units) {
      issues.push({ path: ['salesTotals', index, 'units'], message: `the brands' figures for ${total.year} add up to ${sum.toLocaleString('en')}, more than this total of ${total.units.toLocaleString('en')}`, input: total.units });
    }
  });
}

/**
 * A plant's operator is a company the Alliance holds a stake in (data/plantTenure.ts): a member runs its plants
 * without one (leave `operator` out), an outside owner's plant is not the Alliance's, and an operator no member
 * or Alliance entity holds a stake in would keep the plant off the map in every year.
 */
function checkOperators(issues: CrossIssue[], data: DatasetShape) {
  const kinds = new Map(data.companies.map((c) => [c.id, c.kind]));
  const heldByAlliance = allianceStakesByHeld(data.companies, data.ownership);
  data.plants.forEach((plant, i) => {
    const operator = plant.operator;
    const kind = operator === undefined ? undefined : kinds.get(operator);
    if (operator === undefined || kind === undefined) return;
    const path = ['plants', i, 'operator'];
    if (kind !== 'entity') issues.push({ path, message: `the operator "${operator}" is ${kind === 'member' ? 'a member: leave operator out' : 'an outside owner, not the Alliance’s'}`, input: operator });
    else if (!heldByAlliance.has(operator)) issues.push({ path, message: `no member or Alliance entity holds a stake in the operator "${operator}"`, input: operator });
  });
}

/** Stakes the diagram can draw: between two companies (one in itself drew a line from NaN to NaN), over at least a year. */
function checkStakes(issues: CrossIssue[], ownership: DatasetShape['ownership']) {
  ownership.forEach((stake, i) => {
    if (stake.holder === stake.held) issues.push({ path: ['ownership', i, 'held'], message: `a company cannot hold a stake in itself ("${stake.holder}")`, input: stake.held });
    // `to` is exclusive: a stake held from 2010 "to 2010" was never held, and "to 2005" read "2010–2004" in the tables.
    if (stake.to !== null && stake.to <= stake.from) issues.push({ path: ['ownership', i, 'to'], message: `ends in ${stake.to}, not after it starts (${stake.from})`, input: stake.to });
  });
  // A year shows one stake of a holder in a company: two at once drew one arrow over another (8,000 copies of one
  // froze the tab for a minute) and left the year's figure to whichever came last. One ending the year the next
  // starts is a succession. Sorted within each pair, so a file at the schema's limits takes one pass.
  // (A stake ending before it starts is reported above, not again here.)
  const spans = ownership.flatMap((stake, index) => (stake.to === null || stake.to > stake.from ? [{ stake, index }] : []));
  for (const pair of groupBy(spans, ({ stake }) => `${stake.holder}\u0000${stake.held}`).values()) {
    const [first, ...rest] = pair.sort((a, b) => a.stake.from - b.stake.from || a.index - b.index);
    // The stake reaching furthest so far: a later one starting before it ends overlaps it.
    let longest = first!;
    for (const later of rest) {
      const { stake, index } = longest;
      if (stake.to === null || stake.to > later.stake.from) {
        const years = stake.to === null ? `from ${stake.from}` : `${stake.from}–${stake.to}`;
        issues.push({ path: ['ownership', later.index, 'from'], message: `"${stake.holder}" already holds a stake in "${stake.held}" in ${later.stake.from} (ownership[${index}], ${years})`, input: later.stake.from });
      }
      if (stake.to !== null && (later.stake.to === null || later.stake.to > stake.to)) longest = later;
    }
  }
}
