// Which capacity figure of a plant applies in a year, and how to word it exactly as its source does:
// "a year" only where the source gives a period, "planned" where it gives a plan, the part of the
// plant a figure covers, and the date it applies from. Shared by the plants view and the source panel.
import type { Capacity, Plant } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const count = new Intl.NumberFormat('en-US');

/** The year of a "YYYY" or "YYYY-MM" date. */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** "2014-09" → "Sep 2014"; "2013" → "2013". */
function dateText(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return month ? `${month} ${date.slice(0, 4)}` : date.slice(0, 4);
}

/** The capacity shown for a plant in a year, and whether it is already in effect then. */
export interface CapacityInYear {
  capacity: Capacity;
  /** False when the plant opens, or its first figure applies, after the year: drawn as "not yet". */
  isInEffect: boolean;
}

/** True when the plant has opened (or was to open) by `year`; plants with no opening year existed before. */
const hasOpenedBy = (plant: Plant, year: number) => plant.opened === undefined || plant.opened <= year;

/**
 * The figure a plant is drawn with in `year`: of the figures in effect (from ≤ year, or undated once the
 * plant is open), the latest dated one, else the first undated one. When none is in effect yet, the first
 * figure to come, marked not in effect.
 */
export function capacityIn(plant: Plant, year: number): CapacityInYear {
  const dated = plant.capacities.filter((c) => c.from !== null).sort((a, b) => yearOf(a.from!) - yearOf(b.from!));
  const undated = plant.capacities.filter((c) => c.from === null);
  const current = hasOpenedBy(plant, year) ? [...dated].reverse().find((c) => yearOf(c.from!) <= year) ?? undated[0] : undefined;
  if (current) return { capacity: current, isInEffect: true };
  return { capacity: dated.find((c) => yearOf(c.from!) > year) ?? dated[0] ?? undated[0] ?? plant.capacities[0]!, isInEffect: false };
}

/** The largest figure of any plant: the size every map symbol is scaled against. */
export const largestCapacity = (plants: readonly Plant[]) => Math.max(1, ...plants.flatMap((p) => p.capacities.map((c) => c.amount)));

/** "170,000 vehicles a year", or "250,000 engines" where the source gives no period. */
export function amountText(capacity: Capacity, unit: Plant['capacityUnit']): string {
  return `${count.format(capacity.amount)} ${unit}${capacity.period === 'year' ? ' a year' : ''}`;
}

/** What the figure covers, where it is not the whole plant: "one production line", "one model", "one engine family". */
export function scopeText(capacity: Capacity, unit: Plant['capacityUnit']): string | null {
  if (capacity.scope === 'line') return 'one production line';
  if (capacity.scope === 'model') return unit === 'engines' ? 'one engine family' : 'one model';
  return null;
}

/** "planned, one production line, from 2012"; "stated, from Sep 2014"; "planned, no date given"; "no period given". */
export function qualifierText(capacity: Capacity, unit: Plant['capacityUnit']): string {
  return [
    capacity.basis,
    scopeText(capacity, unit),
    capacity.from === null ? (capacity.basis === 'planned' ? 'no date given' : null) : `from ${dateText(capacity.from)}`,
    capacity.period === null ? 'no period given' : null,
  ].filter((part): part is string => part !== null).join(', ');
}

/** "170,000 vehicles a year (planned, one production line, from 2012)": one figure, fully qualified. */
export function capacityPhrase(capacity: Capacity, unit: Plant['capacityUnit']): string {
  return `${amountText(capacity, unit)} (${qualifierText(capacity, unit)})`;
}

/** "opened 2010", or "to open 2017 (planned)"; null when the source gives no opening year. */
export function openedText(plant: Plant): string | null {
  if (plant.opened === undefined) return null;
  return plant.openedBasis === 'planned' ? `to open ${plant.opened} (planned)` : `opened ${plant.opened}`;
}
