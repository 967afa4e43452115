import { amountText, capacityIn, scopeText } from '../../data/capacity';
import type { Dataset, Plant } from '../../data/schema';
import type { YearRange } from '../../state/filters';
import { shortCity } from './model';

/** A plant figure the source states (not a plan), in effect by the target's year: what was built against it. */
export interface BuiltFigure {
  /** Position of the plant in dataset.plants, for the source panel. */
  index: number;
  plant: Plant;
  amount: number;
  /** "65,000 batteries a year", "350,000 vehicles a year (one production line)". */
  text: string;
}

/** A capacity target beside the stated capacity of the plants it covers. */
export interface CapacityTarget {
  /** Position of the record in dataset.targets. */
  index: number;
  year: number;
  label: string;
  amount: number;
  unit: Plant['capacityUnit'];
  isMinimum: boolean;
  /** "Russia", or "all Alliance plants" where the target names no country. */
  where: string;
  built: BuiltFigure[];
  source: string;
}

const isPlantUnit = (unit: string): unit is Plant['capacityUnit'] => unit === 'vehicles' || unit === 'engines' || unit === 'batteries';

/** A stated figure of the plant in effect in `year`, or null: a plan, or a figure that applies later, was not built then. */
function builtBy(plant: Plant, index: number, year: number): BuiltFigure | null {
  const { capacity, isInEffect } = capacityIn(plant, year);
  if (!isInEffect || capacity.basis !== 'stated') return null;
  const scope = scopeText(capacity, plant.capacityUnit);
  return { index, plant, amount: capacity.amount, text: `${amountText(capacity, plant.capacityUnit)}${scope ? ` (${scope})` : ''}` };
}

/**
 * The capacity targets whose year lies in the range, each with the stated capacity of the plants of its unit
 * (and country, where it names one) in effect by that year. Planned figures are never counted as built.
 */
export function capacityTargets(dataset: Dataset, [from, to]: YearRange): CapacityTarget[] {
  return dataset.targets.flatMap((t, index): CapacityTarget[] => {
    const unit = t.unit;
    if (t.measure !== 'capacity' || !isPlantUnit(unit) || t.year < from || t.year > to) return [];
    const built = dataset.plants.flatMap((plant, i) =>
      plant.capacityUnit === unit && (t.country === undefined || plant.country === t.country) ? [builtBy(plant, i, t.year)] : [],
    ).filter((b): b is BuiltFigure => b !== null);
    return [{
      index, year: t.year, label: t.label, amount: t.amount, unit, isMinimum: t.isMinimum ?? false,
      where: t.country ?? 'all Alliance plants', built, source: t.source,
    }];
  });
}

/** "Zama 65,000 batteries a year" or "none stated": the built side as one phrase. */
export function builtText(target: CapacityTarget): string {
  return target.built.length ? target.built.map((b) => `${shortCity(b.plant.city)} ${b.text}`).join('; ') : 'none stated';
}

/** The summary's sentence: "Targets (planned): Russian capacity of at least 1.7 million cars a year from 2016; stated by 2016: Togliatti 350,000 …". */
export function capacityTargetsSummary(targets: readonly CapacityTarget[]): string {
  if (targets.length === 0) return '';
  const each = targets.map((t) => `${t.label}; stated by ${t.year}: ${builtText(t)}`);
  return ` Targets (planned, not built): ${each.join('. ')}.`;
}

/** One line per target for an exported image, which cannot hold the list's HTML. */
export function capacityTargetLines(targets: readonly CapacityTarget[]): string[] {
  return targets.map((t) => `Target (planned): ${t.label}. Stated by ${t.year}: ${builtText(t)}.`);
}
