import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { MultiPoint } from 'geojson';
import type { IntlShape } from 'react-intl';
import { truncateToWidth } from '../../components/textWidth';
import { capacityIn, largestCapacity } from '../../data/capacity';
import { yearOf } from '../../data/yearOf';
import { formatsOf } from '../../i18n/format';
import type { Basis, Brand, Capacity, Plant } from '../../data/schema';
import { notHeldIn, type NotHeld, type PlantTenure } from '../../data/plantTenure';
import { companyLabel } from '../../data/companyLabel';
import type { Filters, MapRegion } from '../../state/filters';
import { cursorYear } from '../../state/time';
import { shortCity } from '../../data/shortCity';
import { amountWords, capacityNumber, capacityWords, joinWith, scopeWords } from '../../data/capacityWords';
import { regionName } from '../../i18n/regionName';
import { joinSentences } from '../../i18n/joinList';
import { toTenth } from '../../components/geometry';

export type CapacityUnit = Plant['capacityUnit'];
/**
 * What the plant view answers to. `at` is the year drawn (plants open by then; default the range's end): the
 * cursor's, or while comparing the later of the two years (time.ts drawnYear); `compare`, the two years, marks
 * the plants opened between them.
 */
export type PlantFilters = Pick<Filters, 'yearRange' | 'brands'> & {
  /** Every brand of the dataset (a plant's other operators are not brands). */
  allBrands: readonly Brand[];
  at?: number | null;
  compare?: readonly [number, number] | null;
  /** The plants run by a company the Alliance holds a stake in, by plant id: they count while it does (data/plantTenure). */
  tenures?: ReadonlyMap<string, PlantTenure>;
};

/** The year the plant view shows plants open by. */
export function plantsAsOf(filters: PlantFilters): number {
  return cursorYear(filters.at ?? null, filters.yearRange);
}

/** Why a plant does not count in `year` (the Alliance holds no stake in its operator then), or null when it does. */
function notCounted(plant: Plant, filters: PlantFilters, year: number): NotHeld | null {
  const tenure = filters.tenures?.get(plant.id);
  return tenure ? notHeldIn(tenure, year) : null;
}

/** Whether a plant opened after the first compare year and by the second. */
export function isOpenedBetween(plant: Plant, compare: PlantFilters['compare']): boolean {
  return !!compare && plant.opened !== undefined && plant.opened > compare[0] && plant.opened <= compare[1];
}

/** Units in the order the list, table and key show them. */
export const UNITS: readonly CapacityUnit[] = ['vehicles', 'engines', 'batteries'];

/** Each region as a lon/lat box [[west, south], [east, north]] the map is fitted to. */
export const REGION_BOUNDS: Record<MapRegion, [[number, number], [number, number]]> = {
  // Antarctica is dropped; the box stops short of it.
  world: [[-180, -56], [180, 80]],
  // Morocco (Tangier) to the Volga (Togliatti).
  europe: [[-12, 29], [56, 66]],
  // India, Korea and Japan.
  asia: [[64, 2], [148, 50]],
  // Mexico and the US to southern Brazil.
  americas: [[-124, -38], [-32, 50]],
};

/** A region's name in the reader's language: "Europe" · "Europe" · "ヨーロッパ". */
export const regionLabel = (region: MapRegion, intl: IntlShape) => intl.formatMessage({ id: 'plants.region' }, { region });

const ASPECT_MIN = 0.42;
const ASPECT_MAX = 0.72;
const FIT_PAD = 8;


/** The region's box as points along its edges, so fitting follows the curved projected edges. */
export function regionOutline(region: MapRegion): MultiPoint {
  const [[west, south], [east, north]] = REGION_BOUNDS[region];
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i += 1) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + ((north - south) * i) / 8;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * The region's box projected at a width (its fitting projection for a width × width extent): what
 * geoPath(projection).bounds gives for its edge points (tested) — every one is projected, for the projection sets
 * no clip extent — without geoPath, which would bring d3's area, centroid, length and string writers into the
 * first load for this one call.
 */
export function regionExtent(region: MapRegion, width: number): [[number, number], [number, number]] {
  const probe = regionProjection(region, width, width);
  const points = regionOutline(region).coordinates.flatMap((point) => {
    const xy = probe(point as [number, number]);
    return xy ? [xy] : [];
  });
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

/** The map height (px) for a region at a width: the region's projected aspect, kept between 0.42 and 0.72. */
export function mapHeight(region: MapRegion, width: number): number {
  const [[x0, y0], [x1, y1]] = regionExtent(region, width);
  const aspect = (y1 - y0) / Math.max(1, x1 - x0);
  return Math.round(width * Math.min(ASPECT_MAX, Math.max(ASPECT_MIN, aspect)));
}

/** An Equal Earth projection centred on the region and fitted to width × height. */
export function regionProjection(region: MapRegion, width: number, height: number): GeoProjection {
  const [[west], [east]] = REGION_BOUNDS[region];
  return geoEqualEarth()
    .rotate([-(west + east) / 2, 0])
    .fitExtent([[FIT_PAD, FIT_PAD], [width - FIT_PAD, height - FIT_PAD]], regionOutline(region));
}

/** Largest symbol radius (px) for a chart width: 9 px on phones up to 22 px on wide cards. */
export function maxRadiusFor(width: number): number {
  return Math.round(Math.min(22, Math.max(9, width * 0.032)));
}

/** Radius from capacity: area ∝ capacity, one scale for every unit and year, 0 → 0 and the largest figure → maxRadius. */
export function radiusScale(plants: readonly Plant[], maxRadius: number): ScalePower<number, number> {
  return scaleSqrt().domain([0, largestCapacity(plants)]).range([0, maxRadius]);
}

/** The plant's operating brands that are Alliance brands, in the plant's order. */
export function allianceBrands(plant: Plant, allBrands: readonly Brand[]): Brand[] {
  return plant.brands.filter((b) => allBrands.includes(b));
}

/** Faded when none of its Alliance brands is selected (plants with no Alliance brand always show). */
export function isPlantFaded(plant: Plant, brands: readonly Brand[], allBrands: readonly Brand[]): boolean {
  const own = allianceBrands(plant, allBrands);
  return own.length > 0 && !own.some((b) => brands.includes(b));
}

/** The year a plant that is not yet in effect in `endYear` gets there: its opening, else its first figure's date. */
function comesIn(plant: Plant, capacity: Capacity, endYear: number): number | null {
  if (plant.opened !== undefined && plant.opened > endYear) return plant.opened;
  return capacity.from === null ? null : yearOf(capacity.from);
}

/** Fill brand: the first of its brands that is selected, else its first Alliance brand; null = not Alliance. */
export function fillBrand(plant: Plant, brands: readonly Brand[], allBrands: readonly Brand[]): Brand | null {
  const own = allianceBrands(plant, allBrands);
  return own.find((b) => brands.includes(b)) ?? own[0] ?? null;
}

/** Ring brand: the plant's next Alliance brand after the fill, for two-brand plants; null otherwise. */
export function ringBrand(plant: Plant, brands: readonly Brand[], allBrands: readonly Brand[]): Brand | null {
  const fill = fillBrand(plant, brands, allBrands);
  return allianceBrands(plant, allBrands).find((b) => b !== fill) ?? null;
}

/** The plant's (or a target's) country in the language of `intl` where the dataset gives its code, else as the dataset writes it. */
export function countryName(place: { country: string; countryCode?: string | null }, intl: IntlShape): string {
  return (place.countryCode && regionName(place.countryCode, intl.locale)) || place.country;
}

/** "Tangier, Morocco: 170,000 vehicles a year (planned, one production line, from 2012)", plus "not yet in 2011" when it is not in effect. */
export function plantAriaLabel(plant: Plant, endYear: number, intl: IntlShape): string {
  const { capacity, isInEffect } = capacityIn(plant, endYear);
  const values = { city: shortCity(plant.city), country: countryName(plant, intl), capacity: capacityWords(capacity, plant.capacityUnit, intl), year: endYear };
  return intl.formatMessage({ id: isInEffect ? 'plants.plantName' : 'plants.plantNameNotYet' }, values);
}

/**
 * Widest city label on the map, in px at LABEL_FONT, bold: the longest real name whole in every language
 * ("São José dos Pinhais" 147, "サン・ジョゼ・ドス・ピニャイス" 198); a longer one ends in "…", and the tooltip and
 * table give it whole. Where it finds no room beside its symbol, the label is tried cut to SHORT_LABEL_WIDTH
 * (layout.ts), and left off if that finds none either.
 */
export const MAX_LABEL_WIDTH = 200;
export const SHORT_LABEL_WIDTH = 160;
const LABEL_FONT = 12;

/** A plant as drawn: projected centre, radius, and how it is styled. */
export interface PlantMark {
  /** Index in dataset.plants, for the source panel. */
  index: number;
  id: string;
  unit: CapacityUnit;
  x: number;
  y: number;
  r: number;
  isFaded: boolean;
  /** The figure drawn does not apply yet in the range's end year (the plant opens, or the figure starts, later): dashed outline. */
  isNotYet: boolean;
  /** Whether the figure drawn is stated or planned (hatched). */
  basis: Basis;
  /** Opened between the two years compared. */
  isNew: boolean;
  fill: Brand | null;
  ring: Brand | null;
  /** Alliance brands, for highlighting. */
  brands: Brand[];
  label: string;
  ariaLabel: string;
}

/**
 * Every plant whose centre falls inside width × height, in drawing order: faded ones first, then largest
 * first (so small ones sit on top and keyboard order is by size). Ties keep dataset order.
 */
export function plantMarks(
  plants: readonly Plant[],
  filters: PlantFilters,
  projection: GeoProjection,
  size: { width: number; height: number },
  radius: (capacity: number) => number,
  intl: IntlShape,
): PlantMark[] {
  const endYear = plantsAsOf(filters);
  const marks: PlantMark[] = [];
  plants.forEach((plant, index) => {
    if (notCounted(plant, filters, endYear)) return;
    const point = projection([plant.lon, plant.lat]);
    if (!point) return;
    const [x, y] = point;
    if (x < 0 || x > size.width || y < 0 || y > size.height) return;
    const { capacity, isInEffect } = capacityIn(plant, endYear);
    marks.push({
      index,
      id: plant.id,
      unit: plant.capacityUnit,
      x: toTenth(x),
      y: toTenth(y),
      r: toTenth(radius(capacity.amount)),
      isFaded: isPlantFaded(plant, filters.brands, filters.allBrands),
      isNotYet: !isInEffect,
      basis: capacity.basis,
      isNew: isOpenedBetween(plant, filters.compare),
      fill: fillBrand(plant, filters.brands, filters.allBrands),
      ring: ringBrand(plant, filters.brands, filters.allBrands),
      brands: allianceBrands(plant, filters.allBrands),
      label: truncateToWidth(shortCity(plant.city), MAX_LABEL_WIDTH, LABEL_FONT, true),
      ariaLabel: plantAriaLabel(plant, endYear, intl),
    });
  });
  return marks.sort((a, b) => Number(b.isFaded) - Number(a.isFaded) || b.r - a.r || a.index - b.index);
}

/** A plant in the ranked list and the table, with the figure that applies in the range's end year. */
export interface PlantRow {
  index: number;
  plant: Plant;
  capacity: Capacity;
  fill: Brand | null;
  isFaded: boolean;
  isNotYet: boolean;
  /** When a plant not yet in effect gets there (opening or figure date); null otherwise. */
  comesIn: number | null;
  isNew: boolean;
}

const byUnitThenCapacity = (a: PlantRow, b: PlantRow) =>
  UNITS.indexOf(a.plant.capacityUnit) - UNITS.indexOf(b.plant.capacityUnit) || b.capacity.amount - a.capacity.amount || a.index - b.index;

/** Every plant still the Alliance's in the year shown, with its filter state, ranked: vehicles, engines, batteries, each largest first. */
export function plantRows(plants: readonly Plant[], filters: PlantFilters): PlantRow[] {
  const endYear = plantsAsOf(filters);
  return plants
    .flatMap((plant, index) => {
      if (notCounted(plant, filters, endYear)) return [];
      const { capacity, isInEffect } = capacityIn(plant, endYear);
      return [{
        index,
        plant,
        capacity,
        fill: fillBrand(plant, filters.brands, filters.allBrands),
        isFaded: isPlantFaded(plant, filters.brands, filters.allBrands),
        isNotYet: !isInEffect,
        comesIn: isInEffect ? null : comesIn(plant, capacity, endYear),
        isNew: isOpenedBetween(plant, filters.compare),
      }];
    })
    .sort(byUnitThenCapacity);
}

/** The plants the filter shows (not faded), grouped by unit in UNITS order, each group largest first. */
export function rankedGroups(plants: readonly Plant[], filters: PlantFilters): { unit: CapacityUnit; rows: PlantRow[] }[] {
  const shown = plantRows(plants, filters).filter((row) => !row.isFaded);
  return UNITS.map((unit) => ({ unit, rows: shown.filter((row) => row.plant.capacityUnit === unit) })).filter((g) => g.rows.length > 0);
}

/**
 * "630,000 vehicles a year (Togliatti: one production line; Busan: one model)": the figures of one basis
 * added up per unit and period, naming the figures that cover only part of a plant.
 */
function totalsText(rows: readonly PlantRow[], intl: IntlShape): string {
  const parts = UNITS.flatMap((unit) =>
    (['year', null] as const).flatMap((period) => {
      const group = rows.filter((r) => r.plant.capacityUnit === unit && r.capacity.period === period);
      if (group.length === 0) return [];
      const sum = group.reduce((total, r) => total + r.capacity.amount, 0);
      const partial = group.flatMap((r) => {
        const scope = scopeWords(r.capacity, unit, intl);
        return scope ? [intl.formatMessage({ id: 'plants.cityScope' }, { city: shortCity(r.plant.city), scope })] : [];
      });
      const amount =
        period === 'year'
          ? amountWords(sum, unit, true, intl)
          : intl.formatMessage({ id: 'plants.amountNoPeriod' }, { amount: capacityNumber(sum, intl), unit });
      return [partial.length ? intl.formatMessage({ id: 'plants.summary.partial' }, { amount, partials: joinWith(partial, intl, 'plants.listJoin') }) : amount];
    }),
  );
  return formatsOf(intl).list(parts);
}

/** The largest figure in effect (ties included): "Largest: Chennai, India (400,000 vehicles a year, planned)." */
function largestText(inEffect: readonly PlantRow[], intl: IntlShape): string | null {
  const first = inEffect[0];
  if (!first) return null;
  const f = formatsOf(intl);
  const ties = inEffect.filter((r) => r.plant.capacityUnit === first.plant.capacityUnit && r.capacity.amount === first.capacity.amount);
  const places = f.list(ties.map((r) => intl.formatMessage({ id: 'plants.place' }, { city: shortCity(r.plant.city), country: countryName(r.plant, intl) })));
  const bases = f.list([...new Set(ties.map((r) => r.capacity.basis))].map((basis) => intl.formatMessage({ id: 'plants.basis' }, { basis })), 'or');
  const amount = amountWords(first.capacity.amount, first.plant.capacityUnit, first.capacity.period === 'year', intl);
  return intl.formatMessage({ id: 'plants.summary.largest' }, { places, amount, ties: ties.length > 1 ? 'yes' : 'no', bases });
}

/**
 * Two to four sentences with the real figures, in the language of `intl`, saying what each total includes:
 * stated and planned capacity in effect in the end year, per unit and period, the largest, and those not yet in effect.
 */
export function plantsSummary(plants: readonly Plant[], filters: PlantFilters, intl: IntlShape): string {
  const f = formatsOf(intl);
  const endYear = plantsAsOf(filters);
  const shown = plantRows(plants, filters).filter((row) => !row.isFaded);
  if (shown.length === 0) return intl.formatMessage({ id: 'plants.summary.none' });
  const inEffect = shown.filter((row) => !row.isNotYet);
  const notYet = shown.filter((row) => row.isNotYet).sort((a, b) => (a.comesIn ?? 0) - (b.comesIn ?? 0) || a.index - b.index);
  const notYetList = f.list(
    notYet.map((r) =>
      r.comesIn === null
        ? intl.formatMessage({ id: 'plants.cityNoDate' }, { city: shortCity(r.plant.city) })
        : intl.formatMessage({ id: 'plants.cityYear' }, { city: shortCity(r.plant.city), year: r.comesIn }),
    ),
  );
  if (inEffect.length === 0) return intl.formatMessage({ id: 'plants.summary.noneInEffect' }, { year: endYear, count: notYet.length, list: notYetList });
  const stated = inEffect.filter((r) => r.capacity.basis === 'stated');
  const planned = inEffect.filter((r) => r.capacity.basis === 'planned');
  const sentences = [
    intl.formatMessage({ id: 'plants.summary.count' }, { count: inEffect.length, year: endYear }),
    ...(stated.length ? [intl.formatMessage({ id: 'plants.summary.stated' }, { totals: totalsText(stated, intl) })] : []),
    ...(planned.length ? [intl.formatMessage({ id: 'plants.summary.planned' }, { totals: totalsText(planned, intl) })] : []),
    ...[largestText(inEffect, intl)].filter((text): text is string => text !== null),
    ...(notYet.length ? [intl.formatMessage({ id: 'plants.summary.notYet' }, { count: notYet.length, year: endYear, list: notYetList })] : []),
    // Opened between the two years whether or not they still count in the year shown (Aguascalientes opened in
    // 2017 and left in 2021): ranked again without the tenures, and only while comparing (on every filter change otherwise).
    ...(filters.compare ? openedBetweenText(plantRows(plants, { ...filters, tenures: undefined }).filter((row) => !row.isFaded), new Set(shown.map((row) => row.plant)), endYear, filters.compare, intl) : []),
  ];
  return joinSentences(sentences, intl);
}

/** "Togliatti (AvtoVAZ, stake ended 2022, year inferred)" for each plant of the selected brands `reasonOf` gives a reason for, listed. */
function notCountedList(plants: readonly Plant[], filters: PlantFilters, reasonOf: (plant: Plant) => NotHeld | null, intl: IntlShape): { count: number; list: string } {
  const items = plants.flatMap((plant) => {
    const reason = reasonOf(plant);
    return reason && !isPlantFaded(plant, filters.brands, filters.allBrands) ? [{ plant, reason }] : [];
  });
  const list = formatsOf(intl).list(items.map(({ plant, reason }) => intl.formatMessage({ id: 'plants.cityNotHeld' }, {
    city: shortCity(plant.city),
    operator: companyLabel(reason.operator),
    year: reason.year,
    inferred: reason.isInferred ? 'yes' : 'no',
  })));
  return { count: items.length, list };
}

/**
 * "Not counted in 2023, as the Alliance held no stake in the companies that run them: Togliatti (AvtoVAZ, stake
 * ended 2022, year inferred) and …" — the plants of the selected brands the year leaves out, so a plant never
 * leaves the map, list, table or an exported image unexplained (a footnote, which exports carry, or the empty
 * card's message). While comparing, the year shown is the later one, so this names those gone by it too.
 */
export function notCountedNotes(plants: readonly Plant[], filters: PlantFilters, intl: IntlShape): string[] {
  const year = plantsAsOf(filters);
  const { count, list } = notCountedList(plants, filters, (plant) => notCounted(plant, filters, year), intl);
  return count ? [intl.formatMessage({ id: 'plants.footnote.notCounted' }, { year, count, list })] : [];
}

/**
 * "Opened between 2016 and 2023 (dashed ring): Tangier (2012)." — only while comparing. A plant opened then that
 * the year shown no longer counts has no ring to point at, and says so: "Aguascalientes (2017, planned; not
 * counted in 2023)".
 */
function openedBetweenText(opened: readonly PlantRow[], drawn: ReadonlySet<Plant>, year: number, compare: PlantFilters['compare'], intl: IntlShape): string[] {
  if (!compare) return [];
  const fresh = opened.filter((row) => row.isNew);
  const items = fresh.map((r) => intl.formatMessage({ id: 'plants.cityOpened' }, {
    city: shortCity(r.plant.city), year: r.plant.opened, planned: r.plant.openedBasis === 'planned' ? 'yes' : 'no',
    counted: drawn.has(r.plant) ? 'yes' : 'no', shown: year,
  }));
  const [from, to] = compare;
  return [
    fresh.length
      ? intl.formatMessage({ id: 'plants.summary.openedBetween' }, { from, to, list: formatsOf(intl).list(items), ringed: fresh.some((r) => drawn.has(r.plant)) ? 'yes' : 'no' })
      : intl.formatMessage({ id: 'plants.summary.openedNone' }, { from, to }),
  ];
}
