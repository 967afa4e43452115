import type { Cell, ChartTable } from '../../components/chartTypes';
import { capacityPhrase, scopeText } from '../../data/capacity';
import type { Plant } from '../../data/schema';
import { plantRows, plantsAsOf, type PlantFilters, type PlantRow } from './model';
import { builtText, type CapacityTarget } from './targets';

/** "in effect", "from 2013", "not yet, no date" or "brand not selected": how the plant is drawn for the filter. */
function statusText(row: PlantRow): string {
  if (row.isFaded) return 'brand not selected';
  if (row.isNotYet) return row.comesIn === null ? 'not yet' : `from ${row.comesIn}`;
  return row.isNew ? 'in effect, new between the years compared' : 'in effect';
}

/** A capacity target as a table row: basis "target (planned)", its year, and the stated figures it is set against. */
function targetRow(t: CapacityTarget): Record<string, Cell> {
  return {
    plant: `Target: ${t.label}`, city: null, country: t.where, brands: 'Alliance', capacity: t.amount, unit: t.unit, period: 'year',
    basis: 'target (planned)', covers: t.isMinimum ? 'at least this figure' : 'whole target area', from: String(t.year),
    others: `stated by ${t.year}: ${builtText(t)}`, opened: null, openedBasis: null, status: 'target', source: t.source,
  };
}

/** The table and CSV: every plant, ranked as plantRows, with raw capacities and the source id; then the capacity targets. */
export function plantsTable(plants: readonly Plant[], filters: PlantFilters, targets: readonly CapacityTarget[] = []): ChartTable {
  return {
    caption: `Alliance plants by capacity as the sources give it (figure and status in ${plantsAsOf(filters)})`,
    columns: [
      { key: 'plant', label: 'Plant' },
      { key: 'city', label: 'City' },
      { key: 'country', label: 'Country' },
      { key: 'brands', label: 'Brands' },
      { key: 'capacity', label: 'Capacity', isNumeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'period', label: 'Per' },
      { key: 'basis', label: 'Basis' },
      { key: 'covers', label: 'Covers' },
      { key: 'from', label: 'Applies from' },
      { key: 'others', label: 'Other figures' },
      { key: 'opened', label: 'Opening' },
      { key: 'openedBasis', label: 'Opening basis' },
      { key: 'status', label: 'Status' },
      { key: 'source', label: 'Source' },
    ],
    rows: plantRows(plants, filters).map((row): Record<string, Cell> => ({
      plant: row.plant.name,
      city: row.plant.city,
      country: row.plant.country,
      brands: row.plant.brands.join(', '),
      capacity: row.capacity.amount,
      unit: row.plant.capacityUnit,
      period: row.capacity.period ?? 'not given',
      basis: row.capacity.basis,
      covers: scopeText(row.capacity, row.plant.capacityUnit) ?? 'whole plant',
      from: row.capacity.from ?? 'not given',
      others: row.plant.capacities.filter((c) => c !== row.capacity).map((c) => capacityPhrase(c, row.plant.capacityUnit)).join('; ') || null,
      opened: row.plant.opened ?? null,
      openedBasis: row.plant.opened === undefined ? null : (row.plant.openedBasis ?? 'stated'),
      status: statusText(row),
      source: row.plant.source,
    })).concat(targets.map(targetRow)),
  };
}
