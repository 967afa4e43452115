import { tableToCsv } from './csv';

const columns = [
  { key: 'year', label: 'Year' },
  { key: 'brand', label: 'Brand' },
  { key: 'units', label: 'Units', isNumeric: true },
  { key: 'source', label: 'Source' },
];

describe('tableToCsv', () => {
  it('writes a header of column keys and unformatted numbers', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'Nissan', units: 5816278, source: 'wiki' }] });
    expect(csv).toBe('year,brand,units,source\r\n2017,Nissan,5816278,wiki\r\n');
  });

  it('leaves a gap, not a zero, for a missing figure', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'AvtoVAZ', units: null, source: 'wiki' }] });
    expect(csv.split('\r\n')[1]).toBe('2017,AvtoVAZ,,wiki');
  });

  it('quotes commas, quotes and newlines', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 1, brand: 'A, "B"\nC', units: 1, source: 's' }] });
    expect(csv.split('\r\n')[1]).toBe('1,"A, ""B""\nC",1,s');
  });

  it('neutralizes spreadsheet formulas', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 1, brand: '=HYPERLINK("x")', units: 1, source: '@s' }] });
    expect(csv.split('\r\n')[1]).toBe(`1,"'=HYPERLINK(""x"")",1,'@s`);
  });

  it('writes only the header for no rows', () => {
    expect(tableToCsv({ caption: 'c', columns, rows: [] })).toBe('year,brand,units,source\r\n');
  });
});
