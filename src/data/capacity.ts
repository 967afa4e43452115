// Which capacity figure of a plant applies in a year (capacityWords.ts words it in the reader's language).
import type { Capacity, Plant } from './schema';
import { yearOf } from './yearOf';

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
  // By the whole date, not its year: a 2012-09 figure comes after a 2012-01 one, whichever the file lists first
  // ("2012" alone sorts first in its year). The dates' fixed format makes their text order their time order.
  const dated = plant.capacities.filter((c) => c.from !== null).sort((a, b) => (a.from! < b.from! ? -1 : a.from! > b.from! ? 1 : 0));
  const undated = plant.capacities.filter((c) => c.from === null);
  const current = hasOpenedBy(plant, year) ? [...dated].reverse().find((c) => yearOf(c.from!) <= year) ?? undated[0] : undefined;
  if (current) return { capacity: current, isInEffect: true };
  return { capacity: dated.find((c) => yearOf(c.from!) > year) ?? dated[0] ?? undated[0] ?? plant.capacities[0]!, isInEffect: false };
}

/** The largest figure of any plant: the size every map symbol is scaled against. */
export const largestCapacity = (plants: readonly Plant[]) => Math.max(1, ...plants.flatMap((p) => p.capacities.map((c) => c.amount)));
