import { formatNumber, shortCity, type CapacityUnit, type PlantRow } from './model';

export const UNIT_TITLES: Record<CapacityUnit, string> = { vehicles: 'Vehicles a year', engines: 'Engines a year', batteries: 'Batteries a year' };

/**
 * The ranked list as lines of text for an exported image, which cannot hold the list's HTML:
 * "Vehicles a year: Tangier 400,000 · Chennai 400,000 · …", one line per unit.
 */
export function rankedLines(groups: readonly { unit: CapacityUnit; rows: readonly PlantRow[] }[]): string[] {
  return groups.map(({ unit, rows }) => {
    const items = rows.map(({ plant, isPlanned }) => `${shortCity(plant.city)} ${formatNumber(plant.capacity)}${isPlanned ? ` (opens ${plant.opened})` : ''}`);
    return `${UNIT_TITLES[unit]}: ${items.join(' · ')}`;
  });
}
