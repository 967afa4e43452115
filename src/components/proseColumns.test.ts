import realDataset from '../../public/data/alliance.json';
import { ownershipTable } from '../charts/ownership/table';
import { Dataset } from '../data/schema';
import { intlFor } from '../i18n/intl';
import type { ChartTable } from './chartTypes';
import { isWideTable, proseColumns, PROSE_LENGTH, WIDE_TABLE_COLUMNS } from './proseColumns';

const table = (rows: ChartTable['rows'], numeric: string[] = []): ChartTable => ({
  caption: 'c',
  columns: Object.keys(rows[0] ?? {}).map((key) => ({ key, label: key, isNumeric: numeric.includes(key) })),
  rows,
});

describe('proseColumns', () => {
  it('names the text columns with a value longer than PROSE_LENGTH characters, never a numeric one', () => {
    const long = 'x'.repeat(PROSE_LENGTH + 1);
    const exact = 'y'.repeat(PROSE_LENGTH);
    expect([...proseColumns(table([{ a: 'short', b: exact, c: 1 }, { a: long, b: null, c: 2 }], ['c']))]).toEqual(['a']);
    expect([...proseColumns(table([{ a: 'short', c: Number('1'.repeat(PROSE_LENGTH + 1)) }], ['c']))]).toEqual([]);
  });

  it('calls a table of WIDE_TABLE_COLUMNS columns wide, and one of fewer (which fits a desktop card) not', () => {
    const row = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, 'c']));
    expect([isWideTable(table([row(WIDE_TABLE_COLUMNS)])), isWideTable(table([row(WIDE_TABLE_COLUMNS - 1)]))]).toEqual([true, false]);
  });

  it('finds the ownership table’s names and sources, not its figures or years (the real dataset, 2023)', () => {
    const t = ownershipTable(Dataset.parse(realDataset), 2023, intlFor('en'));
    expect([...proseColumns(t)]).toEqual(['holder', 'held', 'source']);
  });
});
