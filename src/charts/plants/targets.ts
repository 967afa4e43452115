import type { IntlShape } from 'react-intl';
import { capacityIn } from '../../data/capacity';
import type { Capacity, Dataset, Plant } from '../../data/schema';
import type { YearRange } from '../../state/filters';
import { amountWords, joinWith, scopeWords } from '../../data/capacityWords';
import { shortCity } from '../../data/shortCity';
import { countryName } from './model';

/** A plant figure the source states (not a plan), in effect by the target's year: what was built against it. */
export interface BuiltFigure {
  /** Position of the plant in dataset.plants, for the source panel. */
  index: number;
  plant: Plant;
  amount: number;
  /** The stated figure, worded by builtFigureText. */
  capacity: Capacity;
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
  /** "Russia", or null where the target names no country (all Alliance plants). */
  country: string | null;
  /** The country's code, as its plants give it, so its name can be shown in the reader's language. */
  countryCode: string | null;
  built: BuiltFigure[];
  source: string;
}

const isPlantUnit = (unit: string): unit is Plant['capacityUnit'] => unit === 'vehicles' || unit === 'engines' || unit === 'batteries';

/** A stated figure of the plant in effect in `year`, or null: a plan, or a figure that applies later, was not built then. */
function builtBy(plant: Plant, index: number, year: number): BuiltFigure | null {
  const { capacity, isInEffect } = capacityIn(plant, year);
  if (!isInEffect || capacity.basis !== 'stated') return null;
  return { index, plant, amount: capacity.amount, capacity };
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
      country: t.country ?? null,
      countryCode: dataset.plants.find((plant) => plant.country === t.country)?.countryCode ?? null,
      built, source: t.source,
    }];
  });
}

/** "65,000 batteries a year", "350,000 vehicles a year (one production line)", in the language of `intl`. */
export function builtFigureText(b: BuiltFigure, intl: IntlShape): string {
  const scope = scopeWords(b.capacity, b.plant.capacityUnit, intl);
  const amount = amountWords(b.amount, b.plant.capacityUnit, b.capacity.period === 'year', intl);
  return scope ? intl.formatMessage({ id: 'plants.qualified' }, { amount, qualifier: scope }) : amount;
}

/** "Russia", or "all Alliance plants" where the target names no country. */
export function targetWhere(target: CapacityTarget, intl: IntlShape): string {
  return target.country === null ? intl.formatMessage({ id: 'plants.target.allPlants' }) : countryName({ country: target.country, countryCode: target.countryCode }, intl);
}

/** Where a target applies, for beside its label: null where the label already names it ("Russian capacity…" · « Capacité en Russie… »). */
export function targetWhereNote(target: CapacityTarget, intl: IntlShape): string | null {
  const where = targetWhere(target, intl);
  return target.label.toLocaleLowerCase(intl.locale).includes(where.toLocaleLowerCase(intl.locale)) ? null : where;
}

/** "Zama 65,000 batteries a year" or "none stated": the built side as one phrase. */
export function builtText(target: CapacityTarget, intl: IntlShape): string {
  if (target.built.length === 0) return intl.formatMessage({ id: 'plants.target.noneStated' });
  const items = target.built.map((b) => intl.formatMessage({ id: 'plants.target.builtItem' }, { city: shortCity(b.plant.city), figure: builtFigureText(b, intl) }));
  return joinWith(items, intl, 'plants.listJoin');
}

/** The summary's sentence: "Targets (planned; the sources do not say whether they were met): Russian capacity of at least 1.7 million cars a year from 2016; stated by 2016: Togliatti 350,000 …". */
export function capacityTargetsSummary(targets: readonly CapacityTarget[], intl: IntlShape): string {
  if (targets.length === 0) return '';
  const each = targets.map((t) => intl.formatMessage({ id: 'plants.target.summaryItem' }, { label: t.label, year: String(t.year), built: builtText(t, intl) }));
  return intl.formatMessage({ id: 'plants.target.summary' }, { items: joinWith(each, intl, 'plants.target.sentenceJoin') });
}

/** One line per target for an exported image, which cannot hold the list's HTML. */
export function capacityTargetLines(targets: readonly CapacityTarget[], intl: IntlShape): string[] {
  return targets.map((t) => intl.formatMessage({ id: 'plants.target.line' }, { label: t.label, year: String(t.year), built: builtText(t, intl) }));
}
