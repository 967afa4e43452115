import realDataset from '../../public/data/alliance.json';
import { ownershipTable } from '../charts/ownership/text';
import { Dataset } from '../data/schema';
import { intlFor } from '../i18n/intl';
import type { ChartTable } from './chartTypes';
import { proseColumns, PROSE_LENGTH } from './proseColumns';

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
  });

  it('finds the ownership table’s names and sources, not its figures or years (the real dataset, 2023)', () => {
    const t = ownershipTable(Dataset.parse(realDataset), 2023, intlFor('en'));
    expect([...proseColumns(t)]).toEqual(['holder', 'held', 'source']);
  });
});
