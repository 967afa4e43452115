import type { ChartTable } from '../../components/chartTypes';
import type { Plant } from '../../data/schema';
import { plantRows, plantsAsOf, type PlantFilters, type PlantRow } from './model';

/** "open", "opens 2017" or "brand not selected": how the plant is drawn for the filter. */
function statusText(row: PlantRow): string {
  if (row.isFaded) return 'brand not selected';
  if (row.isPlanned) return `opens ${row.plant.opened}`;
  return row.isNew ? 'opened between the years compared' : 'open';
}

/** The table and CSV: every plant, ranked as plantRows, with raw capacities and the source id. */
export function plantsTable(plants: readonly Plant[], filters: PlantFilters): ChartTable {
  return {
    caption: `Alliance plants by annual capacity (status in ${plantsAsOf(filters)})`,
    columns: [
      { key: 'plant', label: 'Plant' },
      { key: 'city', label: 'City' },
      { key: 'country', label: 'Country' },
      { key: 'brands', label: 'Brands' },
      { key: 'capacity', label: 'Annual capacity', isNumeric: true },
      { key: 'unit', label: 'Unit' },
      { key: 'opened', label: 'Opened' },
      { key: 'status', label: 'Status' },
      { key: 'source', label: 'Source' },
    ],
    rows: plantRows(plants, filters).map((row) => ({
      plant: row.plant.name,
      city: row.plant.city,
      country: row.plant.country,
      brands: row.plant.brands.join(', '),
      capacity: row.plant.capacity,
      unit: row.plant.capacityUnit,
      opened: row.plant.opened ?? null,
      status: statusText(row),
      source: row.plant.source,
    })),
  };
}
