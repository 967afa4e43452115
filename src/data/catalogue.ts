// What the dataset itself says about its own extent: its brands (in order, with colours and which
// brand's figures contain another's) and its years. Views and the filter read these instead of lists
// written into the code, so a new brand or year in the data needs no code change.

import { extent } from '../lib/extent';
import { yearOf } from './yearOf';
import type { Brand, BrandInfo, Dataset } from './schema';

export type YearRange = readonly [number, number];

/** The brand ids in dataset order: the order of every legend, toggle and table. */
export function brandIds(dataset: Pick<Dataset, 'brands'>): Brand[] {
  return dataset.brands.map((b) => b.id);
}

type DatedRecords = Pick<Dataset, 'sales' | 'salesTotals' | 'evMilestones' | 'evLaunches' | 'ownership' | 'events' | 'targets' | 'plants'>;

/** Whether any record carries a year, so that datasetYears has something to span. */
export function hasDatedRecord(dataset: DatedRecords): boolean {
  return (['sales', 'salesTotals', 'evMilestones', 'evLaunches', 'ownership', 'events', 'targets'] as const).some((key) => dataset[key].length > 0) ||
    dataset.plants.some((p) => p.opened !== undefined);
}

/**
 * First and last year any dated record mentions (sales, EV milestones and launches, stakes, events,
 * targets, plant openings): the years the filter offers. A stake's `to` is exclusive, so it adds `to - 1`.
 */
export function datasetYears(dataset: DatedRecords): YearRange {
  const years = [
    ...dataset.sales.map((s) => s.year),
    ...dataset.salesTotals.map((t) => t.year),
    ...dataset.evMilestones.map((m) => yearOf(m.date)),
    ...dataset.evLaunches.map((l) => yearOf(l.date)),
    ...dataset.ownership.flatMap((o) => (o.to === null ? [o.from] : [o.from, o.to - 1])),
    ...dataset.events.map((e) => yearOf(e.date)),
    ...dataset.targets.map((t) => t.year),
    ...dataset.plants.flatMap((p) => (p.opened === undefined ? [] : [p.opened])),
  ];
  const span = extent(years);
  // The schema refuses a dataset that dates nothing, so this only guards direct callers.
  if (span === null) throw new Error('the dataset has no dated record');
  return span;
}

const covers = (span: { from?: number; to?: number }, year: number) => (span.from ?? -Infinity) <= year && year <= (span.to ?? Infinity);

/** A brand's figures inside another's in a year, and whether a source says so or it is read off the figures. */
export interface Inclusion {
  parent: Brand;
  inner: Brand;
  inferred: boolean;
}

type IncludeSpan = NonNullable<BrandInfo['includes']>[number];
const inclusion = (parent: Brand, span: IncludeSpan): Inclusion => ({ parent, inner: span.brand, inferred: span.inferred === true });

/** What `brand`'s figures contain in `year` ("figures merged to Renault"), in the dataset's order. */
export function includedIn(brands: readonly BrandInfo[], brand: Brand, year: number): Inclusion[] {
  const info = brands.find((b) => b.id === brand);
  return (info?.includes ?? []).filter((span) => covers(span, year)).map((span) => inclusion(brand, span));
}

/** Where `brand`'s figures sit inside another brand's in `year`, or null (the schema allows one such brand a year). */
export function inclusionOf(brands: readonly BrandInfo[], brand: Brand, year: number): Inclusion | null {
  for (const parent of brands) {
    const span = parent.includes?.find((s) => s.brand === brand && covers(s, year));
    if (span) return inclusion(parent.id, span);
  }
  return null;
}

/** Each brand's colour in one theme, from the dataset's `brands`. */
export function brandColours(brands: readonly BrandInfo[], theme: 'light' | 'dark'): ReadonlyMap<Brand, string> {
  return new Map(brands.map((b) => [b.id, b.colours[theme]]));
}
