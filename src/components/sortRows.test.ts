import { dataset } from '../test/renderWithProviders';
import { sortRows } from './sortRows';

const rows = [
  { brand: 'Renault', year: 2018, units: 3884295 },
  { brand: 'Nissan', year: 2018, units: 5653683 },
  { brand: 'AvtoVAZ', year: 2018, units: null },
  { brand: 'Mitsubishi', year: 2018, units: 1218897 },
];

describe('sortRows', () => {
  it('sorts numbers as numbers, missing last, largest first when descending', () => {
    expect(sortRows(rows, 'units', 'descending').map((r) => r.brand)).toEqual(['Nissan', 'Renault', 'Mitsubishi', 'AvtoVAZ']);
  });

  it('keeps missing values last when ascending too', () => {
    expect(sortRows(rows, 'units', 'ascending').map((r) => r.brand)).toEqual(['Mitsubishi', 'Renault', 'Nissan', 'AvtoVAZ']);
  });

  it('sorts text alphabetically, digits by value', () => {
    expect(sortRows(rows, 'brand', 'ascending').map((r) => r.brand)).toEqual(['AvtoVAZ', 'Mitsubishi', 'Nissan', 'Renault']);
    expect(sortRows([{ v: '10 units' }, { v: '9 units' }], 'v', 'ascending').map((r) => r.v)).toEqual(['9 units', '10 units']);
  });

  it('sorts text with case and accents alike (a, A, á), so names equal but for them keep their order', () => {
    expect(sortRows([{ v: 'b' }, { v: 'A' }, { v: 'á' }, { v: 'a' }], 'v', 'ascending').map((r) => r.v)).toEqual(['A', 'á', 'a', 'b']);
  });

  it('keeps the original order for ties and leaves the input alone', () => {
    const input = [...rows];
    expect(sortRows(rows, 'year', 'descending').map((r) => r.brand)).toEqual(['Renault', 'Nissan', 'AvtoVAZ', 'Mitsubishi']);
    expect(rows).toEqual(input);
  });

  it('treats an unknown or inherited key as missing everywhere', () => {
    expect(sortRows(rows, 'constructor', 'ascending')).toEqual(rows);
  });

  // The seed's sales table: Nissan's best year is 2017 (5,816,278), not 2018 (5,653,683).
  it('puts 2017 Nissan first among every sales record sorted by units, and 2018 Nissan first within 2018', () => {
    const sales = dataset.sales.map((s) => ({ year: s.year, brand: s.brand, units: s.units }));
    expect(sortRows(sales, 'units', 'descending')[0]).toEqual({ year: 2017, brand: 'Nissan', units: 5816278 });
    expect(sortRows(sales.filter((s) => s.year === 2018), 'units', 'descending')[0]).toEqual({ year: 2018, brand: 'Nissan', units: 5653683 });
    expect(sortRows(sales, 'units', 'descending').at(-1)?.units).toBeNull();
  });
});
