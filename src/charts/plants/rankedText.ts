import { scopeText } from '../../data/capacity';
import { formatNumber, shortCity, type CapacityUnit, type PlantRow } from './model';

const UNIT_TITLES: Record<CapacityUnit, string> = { vehicles: 'Vehicles', engines: 'Engines', batteries: 'Batteries' };

/** "Vehicles a year", or "Engines" with no period when any figure in the group has none (said per row). */
export const groupTitle = (unit: CapacityUnit, rows: readonly PlantRow[]) =>
  `${UNIT_TITLES[unit]}${rows.every((r) => r.capacity.period === 'year') ? ' a year' : ''}`;

/** "planned · one production line · from 2013 · new: opens 2017": what the row's figure is, where it is not a stated whole-plant figure in effect. */
export function rowNote(row: PlantRow): string {
  const { capacity, plant } = row;
  return [
    capacity.basis === 'planned' ? 'planned' : null,
    scopeText(capacity, plant.capacityUnit),
    capacity.period === null ? 'no period given' : null,
    row.isNotYet ? `from ${row.comesIn ?? 'a later date'}` : null,
    // Only while comparing two years: the plants that came in between them.
    row.isNew ? `new: opens ${row.plant.opened}${row.plant.openedBasis === 'planned' ? ' (planned)' : ''}` : null,
  ].filter(Boolean).join(' · ');
}

/**
 * The ranked list as lines of text for an exported image, which cannot hold the list's HTML:
 * "Vehicles a year: Chennai 400,000 (planned) · …", one line per unit, each figure qualified as in the list.
 */
export function rankedLines(groups: readonly { unit: CapacityUnit; rows: readonly PlantRow[] }[]): string[] {
  return groups.map(({ unit, rows }) => {
    const items = rows.map((row) => {
      const note = rowNote(row);
      return `${shortCity(row.plant.city)} ${formatNumber(row.capacity.amount)}${note ? ` (${note})` : ''}`;
    });
    return `${groupTitle(unit, rows)}: ${items.join(' · ')}`;
  });
}
