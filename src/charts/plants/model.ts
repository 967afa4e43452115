import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { MultiPoint } from 'geojson';
import { listOf } from '../../components/format';
import { truncateToWidth } from '../../components/textWidth';
import { BRANDS, type Brand, type Plant } from '../../data/schema';
import type { Filters, MapRegion } from '../../state/filters';
import { cursorYear } from '../../state/time';

export type CapacityUnit = Plant['capacityUnit'];
/**
 * What the plant view answers to. `at` is the cursor (plants open by then; default the range's end);
 * `compare`, the two years of an ownership comparison, marks the plants opened between them.
 */
export type PlantFilters = Pick<Filters, 'yearRange' | 'brands'> & { at?: number | null; compare?: readonly [number, number] | null };

/** The year the plant view shows plants open by. */
export function plantsAsOf(filters: PlantFilters): number {
  return cursorYear(filters.at ?? null, filters.yearRange);
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

export const REGION_LABELS: Record<MapRegion, string> = { world: 'World', europe: 'Europe', asia: 'Asia', americas: 'Americas' };

const ASPECT_MIN = 0.42;
const ASPECT_MAX = 0.72;
const FIT_PAD = 8;

const numberFormat = new Intl.NumberFormat('en-US');
/** "400,000" */
export const formatNumber = (value: number) => numberFormat.format(value);

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

/** The map height (px) for a region at a width: the region's projected aspect, kept between 0.42 and 0.72. */
export function mapHeight(region: MapRegion, width: number): number {
  const probe = regionProjection(region, width, width);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(regionOutline(region));
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

/** Radius from annual capacity: area ∝ capacity, one scale for every unit, 0 → 0 and the largest plant → maxRadius. */
export function radiusScale(plants: readonly Plant[], maxRadius: number): ScalePower<number, number> {
  const largest = Math.max(1, ...plants.map((p) => p.capacity));
  return scaleSqrt().domain([0, largest]).range([0, maxRadius]);
}

/** The plant's operating brands that are Alliance brands, in the plant's order. */
export function allianceBrands(plant: Plant): Brand[] {
  return plant.brands.filter((b): b is Brand => (BRANDS as readonly string[]).includes(b));
}

/** Faded when none of its Alliance brands is selected (plants with no Alliance brand always show). */
export function isPlantFaded(plant: Plant, brands: readonly Brand[]): boolean {
  const own = allianceBrands(plant);
  return own.length > 0 && !own.some((b) => brands.includes(b));
}

/** Planned when it opens after the range's end year; plants with no opening year count as open. */
export function isPlantPlanned(plant: Plant, endYear: number): boolean {
  return plant.opened !== undefined && plant.opened > endYear;
}

/** Fill brand: the first of its brands that is selected, else its first Alliance brand; null = not Alliance. */
export function fillBrand(plant: Plant, brands: readonly Brand[]): Brand | null {
  const own = allianceBrands(plant);
  return own.find((b) => brands.includes(b)) ?? own[0] ?? null;
}

/** Ring brand: the plant's next Alliance brand after the fill, for two-brand plants; null otherwise. */
export function ringBrand(plant: Plant, brands: readonly Brand[]): Brand | null {
  const fill = fillBrand(plant, brands);
  return allianceBrands(plant).find((b) => b !== fill) ?? null;
}

/** "Resende" from "Resende, Rio de Janeiro": the name a label shows. */
export function shortCity(city: string): string {
  return city.split(',')[0]?.trim() ?? city;
}

/** "Tangier, Morocco: 400,000 vehicles a year", plus the opening year when it is after endYear. */
export function plantAriaLabel(plant: Plant, endYear: number): string {
  const base = `${shortCity(plant.city)}, ${plant.country}: ${formatNumber(plant.capacity)} ${plant.capacityUnit} a year`;
  return isPlantPlanned(plant, endYear) ? `${base}, opens ${plant.opened} (not yet open in ${endYear})` : base;
}

/** Widest city label on the map, in px at LABEL_FONT (bold): a longer name ends in "…"; the tooltip and table give it whole. */
export const MAX_LABEL_WIDTH = 130;
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
  isPlanned: boolean;
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
): PlantMark[] {
  const endYear = plantsAsOf(filters);
  const marks: PlantMark[] = [];
  plants.forEach((plant, index) => {
    const point = projection([plant.lon, plant.lat]);
    if (!point) return;
    const [x, y] = point;
    if (x < 0 || x > size.width || y < 0 || y > size.height) return;
    marks.push({
      index,
      id: plant.id,
      unit: plant.capacityUnit,
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      r: Math.round(radius(plant.capacity) * 10) / 10,
      isFaded: isPlantFaded(plant, filters.brands),
      isPlanned: isPlantPlanned(plant, endYear),
      isNew: isOpenedBetween(plant, filters.compare),
      fill: fillBrand(plant, filters.brands),
      ring: ringBrand(plant, filters.brands),
      brands: allianceBrands(plant),
      label: truncateToWidth(shortCity(plant.city), MAX_LABEL_WIDTH, LABEL_FONT, true),
      ariaLabel: plantAriaLabel(plant, endYear),
    });
  });
  return marks.sort((a, b) => Number(b.isFaded) - Number(a.isFaded) || b.r - a.r || a.index - b.index);
}

/** A plant in the ranked list and the table. */
export interface PlantRow {
  index: number;
  plant: Plant;
  fill: Brand | null;
  isFaded: boolean;
  isPlanned: boolean;
  isNew: boolean;
}

const byUnitThenCapacity = (a: PlantRow, b: PlantRow) =>
  UNITS.indexOf(a.plant.capacityUnit) - UNITS.indexOf(b.plant.capacityUnit) || b.plant.capacity - a.plant.capacity || a.index - b.index;

/** Every plant with its filter state, ranked: vehicles, engines, batteries, each largest first. */
export function plantRows(plants: readonly Plant[], filters: PlantFilters): PlantRow[] {
  return plants
    .map((plant, index) => ({
      index,
      plant,
      fill: fillBrand(plant, filters.brands),
      isFaded: isPlantFaded(plant, filters.brands),
      isPlanned: isPlantPlanned(plant, plantsAsOf(filters)),
      isNew: isOpenedBetween(plant, filters.compare),
    }))
    .sort(byUnitThenCapacity);
}

/** The plants the filter shows (not faded), grouped by unit in UNITS order, each group largest first. */
export function rankedGroups(plants: readonly Plant[], filters: PlantFilters): { unit: CapacityUnit; rows: PlantRow[] }[] {
  const shown = plantRows(plants, filters).filter((row) => !row.isFaded);
  return UNITS.map((unit) => ({ unit, rows: shown.filter((row) => row.plant.capacityUnit === unit) })).filter((g) => g.rows.length > 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The largest open plants (ties included), as "Tangier, Morocco and Chennai, India (400,000 vehicles a year each)". */
function largestText(open: readonly PlantRow[]): string {
  const first = open[0]?.plant;
  if (!first) return '';
  const ties = open.filter((r) => r.plant.capacityUnit === first.capacityUnit && r.plant.capacity === first.capacity);
  const places = listOf(ties.map((r) => `${shortCity(r.plant.city)}, ${r.plant.country}`));
  return ` Largest: ${places} (${formatNumber(first.capacity)} ${first.capacityUnit} a year${ties.length > 1 ? ' each' : ''}).`;
}

/** One or two sentences with the real figures: open plants and their capacity per unit, the largest, and those not yet open. */
export function plantsSummary(plants: readonly Plant[], filters: PlantFilters): string {
  const endYear = plantsAsOf(filters);
  const shown = plantRows(plants, filters).filter((row) => !row.isFaded);
  if (shown.length === 0) return 'No plant belongs to the selected brands.';
  const open = shown.filter((row) => !row.isPlanned);
  const planned = shown.filter((row) => row.isPlanned).sort((a, b) => (a.plant.opened ?? 0) - (b.plant.opened ?? 0) || a.index - b.index);
  const totals = UNITS.flatMap((unit) => {
    const rows = open.filter((row) => row.plant.capacityUnit === unit);
    return rows.length ? [`${formatNumber(rows.reduce((sum, row) => sum + row.plant.capacity, 0))} ${unit}`] : [];
  });
  const plannedList = listOf(planned.map((r) => `${shortCity(r.plant.city)} (${r.plant.opened})`));
  if (open.length === 0) return `No plant open by ${endYear}; ${planned.length} not yet open: ${plannedList}.`;
  const openText = `${plural(open.length, 'plant')} open by ${endYear}, with capacity for ${listOf(totals)} a year.${largestText(open)}`;
  const plannedText = planned.length ? ` ${planned.length} more not yet open: ${plannedList}.` : '';
  return openText + plannedText + openedBetweenText(shown, filters.compare);
}

/** " Opened between 2016 and 2023 (marked): Aguascalientes (2017)." — only while comparing. */
function openedBetweenText(shown: readonly PlantRow[], compare: PlantFilters['compare']): string {
  if (!compare) return '';
  const fresh = shown.filter((row) => row.isNew).map((r) => `${shortCity(r.plant.city)} (${r.plant.opened})`);
  return ` Opened between ${compare[0]} and ${compare[1]}${fresh.length ? ` (marked): ${listOf(fresh)}` : ': none'}.`;
}
