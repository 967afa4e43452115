import type { IntlShape } from 'react-intl';
import { tableColumns } from '../../components/tableColumns';
import '../../components/tableWords';
import type { Cell, ChartTable } from '../../components/chartTypes';
import type { Plant } from '../../data/schema';
import type { MessageId } from '../../i18n/messages';
import { capacityWords, joinWith, scopeWords } from '../../data/capacityWords';
import { countryName, plantRows, plantsAsOf, type PlantFilters, type PlantRow } from './model';
import { builtText, targetWhere, type CapacityTarget } from './targets';

/** "in effect", "from 2013", "not yet" or "brand not selected": how the plant is drawn for the filter. */
function statusText(row: PlantRow, intl: IntlShape): string {
  if (!row.isFaded && row.isNotYet && row.comesIn !== null) return intl.formatMessage({ id: 'tables.plants.statusFrom' }, { year: row.comesIn });
  const status = row.isFaded ? 'faded' : row.isNotYet ? 'notYet' : row.isNew ? 'newInEffect' : 'inEffect';
  return intl.formatMessage({ id: 'tables.plants.statusWord' }, { status });
}

/** A capacity target as a table row: basis "target (planned)", its year, and the stated figures it is set against. */
function targetRow(t: CapacityTarget, intl: IntlShape): Record<string, Cell> {
  const year = String(t.year);
  return {
    plant: intl.formatMessage({ id: 'tables.plants.targetRow' }, { label: t.label }), city: null, country: targetWhere(t, intl), brands: 'Alliance',
    capacity: t.amount, unit: intl.formatMessage({ id: 'plants.unitWord' }, { unit: t.unit }), period: intl.formatMessage({ id: 'tables.plants.year' }),
    basis: intl.formatMessage({ id: 'tables.plants.targetBasis' }), covers: intl.formatMessage({ id: 'tables.plants.targetCovers' }, { minimum: t.isMinimum ? 'yes' : 'no' }), from: year,
    others: intl.formatMessage({ id: 'tables.plants.targetOthers' }, { year, built: builtText(t, intl) }), opened: null, openedBasis: null,
    status: intl.formatMessage({ id: 'tables.plants.targetStatus' }), source: t.source,
  };
}

/** The table and CSV, in the language of `intl`: every plant counted in the year shown (the footnotes name those that are not), ranked as plantRows, with raw capacities and the source id (plant and city names as the dataset gives them, countries in the reader's language); then the capacity targets. */
export function plantsTable(plants: readonly Plant[], filters: PlantFilters, intl: IntlShape, targets: readonly CapacityTarget[] = []): ChartTable {
  const word = (id: MessageId) => intl.formatMessage({ id });
  const notGiven = word('tables.plants.notGiven');
  return {
    caption: intl.formatMessage({ id: 'tables.plants.caption' }, { year: plantsAsOf(filters) }),
    columns: tableColumns(intl, 'tables.plants', ['plant', 'city', 'country', 'brands', 'capacity', 'unit', 'period', 'basis', 'covers', 'from', 'others', 'opened', 'openedBasis', 'status', 'source'], ['capacity'], ['from']),
    rows: plantRows(plants, filters).map((row): Record<string, Cell> => ({
      plant: row.plant.name,
      city: row.plant.city,
      country: countryName(row.plant, intl),
      brands: row.plant.brands.join(', '),
      capacity: row.capacity.amount,
      unit: intl.formatMessage({ id: 'plants.unitWord' }, { unit: row.plant.capacityUnit }),
      period: row.capacity.period === 'year' ? word('tables.plants.year') : notGiven,
      basis: intl.formatMessage({ id: 'plants.basis' }, { basis: row.capacity.basis }),
      covers: scopeWords(row.capacity, row.plant.capacityUnit, intl) ?? word('tables.plants.wholePlant'),
      from: row.capacity.from ?? notGiven,
      others: joinWith(row.plant.capacities.filter((c) => c !== row.capacity).map((c) => capacityWords(c, row.plant.capacityUnit, intl)), intl, 'plants.listJoin') || null,
      opened: row.plant.opened ?? null,
      openedBasis: row.plant.opened === undefined ? null : intl.formatMessage({ id: 'plants.basis' }, { basis: row.plant.openedBasis ?? 'stated' }),
      status: statusText(row, intl),
      source: row.plant.source,
    })).concat(targets.map((t) => targetRow(t, intl))),
  };
}
