import { indexById } from './indexById';
import type { Company, Ownership, Plant } from './schema';

/** When a plant stops being the Alliance's: the first year none of its operator's Alliance holders holds it. */
export interface PlantExit {
  /** The operator, as the ownership diagram names it. */
  operator: Company;
  /** The first year the plant is no longer counted (the stakes' `to`, exclusive like theirs). */
  year: number;
  /** Whether that end is inferred rather than stated (the stake's `toIsInferred`). */
  isInferred: boolean;
}

// Owners (the French State, Daimler, Geely…) hold stakes in the Alliance's companies; their stakes do not make a company the Alliance's.
const isAllianceHolder = (company: Company | undefined) => company !== undefined && company.kind !== 'owner';

/**
 * The year a plant leaves the Alliance, from the ownership records rather than a date of its own (no source
 * dates a plant's exit): the latest end of the stakes members and Alliance entities hold in its operator. Null
 * for a plant run by the members (no operator), by a member, or by a company one of them still holds — and for
 * an operator no Alliance company is recorded as holding, as there is then no end to go by.
 */
export function plantExit(plant: Pick<Plant, 'operator'>, companies: readonly Company[], ownership: readonly Ownership[]): PlantExit | null {
  const byId = indexById(companies);
  const operator = plant.operator === undefined ? undefined : byId.get(plant.operator);
  if (!operator || operator.kind === 'member') return null;
  const stakes = ownership.filter((stake) => stake.held === operator.id && isAllianceHolder(byId.get(stake.holder)));
  if (stakes.length === 0 || stakes.some((stake) => stake.to === null)) return null;
  const year = stakes.reduce((latest, stake) => Math.max(latest, stake.to ?? latest), 0);
  // Inferred if any stake ending that year has an inferred end: the plant's end is no firmer than its weakest.
  const isInferred = stakes.some((stake) => stake.to === year && stake.toIsInferred === true);
  return { operator, year, isInferred };
}

/** Every plant's exit that has one, by plant id: what the plant view leaves out from that year on. */
export function plantExits(plants: readonly Plant[], companies: readonly Company[], ownership: readonly Ownership[]): ReadonlyMap<string, PlantExit> {
  return new Map(plants.flatMap((plant) => {
    const exit = plantExit(plant, companies, ownership);
    return exit ? [[plant.id, exit] as const] : [];
  }));
}
