import type { IntlShape } from 'react-intl';
import { capacityNumber, joinWith, scopeWords } from '../../data/capacityWords';
import { shortCity } from '../../data/shortCity';
import type { CapacityUnit, PlantRow } from './model';

/** "Vehicles a year", or "Engines" with no period when any figure in the group has none (said per row). */
export const groupTitle = (unit: CapacityUnit, rows: readonly PlantRow[], intl: IntlShape) =>
  intl.formatMessage({ id: 'plants.unitTitle' }, { unit, perYear: rows.every((r) => r.capacity.period === 'year') ? 'yes' : 'no' });

/** "planned · one production line · from 2013 · new: opened 2017": what the row's figure is, where it is not a stated whole-plant figure in effect. */
export function rowNote(row: PlantRow, intl: IntlShape): string {
  const { capacity, plant } = row;
  const parts = [
    capacity.basis === 'planned' ? intl.formatMessage({ id: 'plants.basis' }, { basis: 'planned' }) : null,
    scopeWords(capacity, plant.capacityUnit, intl),
    capacity.period === null ? intl.formatMessage({ id: 'plants.noPeriod' }) : null,
    row.isNotYet ? intl.formatMessage({ id: 'plants.from' }, { date: row.comesIn ?? intl.formatMessage({ id: 'plants.laterDate' }) }) : null,
    // Only while comparing two years: the plants that came in between them.
    row.isNew ? intl.formatMessage({ id: 'plants.new' }, { year: row.plant.opened, planned: row.plant.openedBasis === 'planned' ? 'yes' : 'no' }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? joinWith(parts, intl, 'plants.noteJoin') : '';
}

/**
 * The ranked list as lines of text for an exported image, which cannot hold the list's HTML:
 * "Vehicles a year: Chennai 400,000 (planned) · …", one line per unit, each figure qualified as in the list.
 */
export function rankedLines(groups: readonly { unit: CapacityUnit; rows: readonly PlantRow[] }[], intl: IntlShape): string[] {
  return groups.map(({ unit, rows }) => {
    const items = rows.map((row) => {
      const note = rowNote(row, intl);
      const figure = `${shortCity(row.plant.city)} ${capacityNumber(row.capacity.amount, intl)}`;
      return note ? intl.formatMessage({ id: 'plants.qualified' }, { amount: figure, qualifier: note }) : figure;
    });
    return intl.formatMessage({ id: 'plants.rankedLine' }, { unit: groupTitle(unit, rows, intl), plants: joinWith(items, intl, 'plants.noteJoin') });
  });
}
