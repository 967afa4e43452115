import { indexById } from './indexById';
import type { Company, Ownership, Plant } from './schema';
import { groupBy } from '../lib/groupBy';

/**
 * A plant run by a company that is not a member (AvtoVAZ, a joint venture), with the stakes the Alliance's own
 * companies — members and Alliance entities, not outside owners — hold in that company.
 */
export interface PlantTenure {
  operator: Company;
  stakes: readonly Ownership[];
}

/** Why a plant does not count in a year: the Alliance's stakes in its operator ended (in `year`), and had not started again. */
export interface NotHeld {
  operator: Company;
  year: number;
  isInferred: boolean;
}

/**
 * The stakes members and Alliance entities hold, by the company held. Owners (the French State, Daimler, Geely…)
 * hold stakes in the Alliance's companies; theirs do not make a company the Alliance's. One pass, so a plant's
 * tenure is a lookup, not a scan of every stake; the dataset's checks read it too (crossChecks.ts).
 */
export function allianceStakesByHeld(companies: readonly Pick<Company, 'id' | 'kind'>[], ownership: readonly Ownership[]): ReadonlyMap<string, readonly Ownership[]> {
  const kinds = new Map(companies.map((company) => [company.id, company.kind]));
  const isAlliance = (stake: Ownership) => {
    const kind = kinds.get(stake.holder);
    return kind !== undefined && kind !== 'owner';
  };
  return groupBy(ownership.filter(isAlliance), (stake) => stake.held);
}

/**
 * Each plant with an operator, by plant id: the plant counts in the years one of those stakes is held, read
 * from the ownership records rather than a date of its own (no source dates a plant's exit). Not followed up a
 * chain of holders: the Alliance's own entities (the Renault–Nissan Alliance, Alliance Rostec) have no holder
 * in the data to follow to.
 */
export function plantTenures(plants: readonly Plant[], companies: readonly Company[], ownership: readonly Ownership[]): ReadonlyMap<string, PlantTenure> {
  const byId = indexById(companies);
  const stakesIn = allianceStakesByHeld(companies, ownership);
  return new Map(plants.flatMap((plant) => {
    const operator = plant.operator === undefined ? undefined : byId.get(plant.operator);
    return operator ? [[plant.id, { operator, stakes: stakesIn.get(operator.id) ?? [] }] as const] : [];
  }));
}

const holds = (stake: Ownership, year: number) => stake.from <= year && (stake.to === null || year < stake.to);

/**
 * Null when the plant counts in `year`: a stake in its operator is held then, or none has ended yet (before the
 * first, the plant is drawn as its opening year says, "not yet" where that is later — a plant coming into the
 * Alliance is news the map already shows). Otherwise why not: the last stake that ended by then — its end year
 * (`to`, exclusive: the first year without it, as the ownership diagram's "ended 2021" says) and whether that end
 * is inferred. Years between two stakes do not count.
 */
export function notHeldIn(tenure: PlantTenure, year: number): NotHeld | null {
  if (tenure.stakes.some((stake) => holds(stake, year))) return null;
  const ended = tenure.stakes.filter((stake) => stake.to !== null && stake.to <= year);
  if (ended.length === 0) return null;
  const end = ended.reduce((latest, stake) => Math.max(latest, stake.to ?? latest), 0);
  // Inferred if any stake ending that year has an inferred end: the plant's end is no firmer than its weakest.
  return { operator: tenure.operator, year: end, isInferred: ended.some((stake) => stake.to === end && stake.toIsInferred === true) };
}
