import realDataset from '../../public/data/alliance.json';
import { ownershipTable } from '../charts/ownership/text';
import { Dataset } from '../data/schema';
import { intlFor } from '../i18n/intl';
import type { ChartTable } from './chartTypes';
import { proseColumns, PROSE_LENGTH, WIDE_TABLE_COLUMNS } from './proseColumns';

const table = (rows: ChartTable['rows'], numeric: string[] = []): ChartTable => ({
  caption: 'c',
  columns: Object.keys(rows[0] ?? {}).map((key) => ({ key, label: key, isNumeric: numeric.includes(key) })),
  rows,
});

describe('proseColumns', () => {
  // Five more columns of short texts make the table wide: WIDE_TABLE_COLUMNS in all.
  const more = Object.fromEntries(Array.from({ length: WIDE_TABLE_COLUMNS - 3 }, (_, i) => [`m${i}`, 'm']));
  it('names a wide table’s text columns with a value longer than PROSE_LENGTH characters, never a numeric one', () => {
    const long = 'x'.repeat(PROSE_LENGTH + 1);
    const exact = 'y'.repeat(PROSE_LENGTH);
    expect([...proseColumns(table([{ a: 'short', b: exact, c: 1, ...more }, { a: long, b: null, c: 2, ...more }], ['c']))]).toEqual(['a']);
  });

  it('names none in a table of fewer columns, which fits its card', () => {
    const narrow = table([{ a: 'x'.repeat(PROSE_LENGTH + 1), b: 'b', c: 'c', ...Object.fromEntries(Object.entries(more).slice(1)) }]);
    expect([narrow.columns.length, [...proseColumns(narrow)]]).toEqual([WIDE_TABLE_COLUMNS - 1, []]);
  });

  it('finds the ownership table’s names and sources, not its figures or years (the real dataset, 2023)', () => {
    const t = ownershipTable(Dataset.parse(realDataset), 2023, intlFor('en'));
    expect([...proseColumns(t)]).toEqual(['holder', 'held', 'source']);
  });
});
