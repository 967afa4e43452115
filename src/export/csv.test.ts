import { tableToCsv } from './csv';
import { sourcesNamed } from '../test/smallDataset';

const columns = [
  { key: 'year', label: 'Year' },
  { key: 'brand', label: 'Brand' },
  { key: 'units', label: 'Units', isNumeric: true },
  { key: 'source', label: 'Source' },
];
const sources = sourcesNamed({ wiki: 'Renault–Nissan–Mitsubishi Alliance' });

/** The lines after the BOM. */
function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('tableToCsv', () => {
  it('starts with a UTF-8 byte-order mark, then a header of column keys', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFyear,brand,units,source,source_id\r\n');
  });

  it('writes the source title with its id in its own column, and unformatted numbers', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'Nissan', units: 5816278, source: 'wiki' }] }, sources);
    expect(lines(csv)[1]).toBe('2017,Nissan,5816278,Renault–Nissan–Mitsubishi Alliance,wiki');
  });

  it('writes a text cell outside the source column as it is, even one that equals a source id', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'wiki', units: 1, source: 'wiki' }] }, sources);
    expect(lines(csv)[1]).toBe('2017,wiki,1,Renault–Nissan–Mitsubishi Alliance,wiki');
  });

  it('keeps an unknown source id as its own title', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'Nissan', units: 1, source: 'other' }] }, sources);
    expect(lines(csv)[1]).toBe('2017,Nissan,1,other,other');
  });

  it('writes every number of a column at the precision of its most precise value', () => {
    const share = [{ key: 'share', label: 'Share', isNumeric: true }];
    const csv = tableToCsv({ caption: 'c', columns: share, rows: [{ share: 33.9 }, { share: 58.16 }, { share: 8 }] });
    expect(lines(csv).slice(1, 4)).toEqual(['33.90', '58.16', '8.00']);
  });

  it('writes at most six decimals', () => {
    const share = [{ key: 'share', label: 'Share', isNumeric: true }];
    const csv = tableToCsv({ caption: 'c', columns: share, rows: [{ share: 0.1234567 }, { share: 1 }] });
    expect(lines(csv).slice(1, 3)).toEqual(['0.123457', '1.000000']);
  });

  it('lets no value in exponent notation widen its column (1.5e-7 is written at the column precision)', () => {
    const share = [{ key: 'share', label: 'Share', isNumeric: true }];
    const csv = tableToCsv({ caption: 'c', columns: share, rows: [{ share: 2.5 }, { share: 1.5e-7 }] });
    expect(lines(csv).slice(1, 3)).toEqual(['2.5', '0.0']);
  });

  it('sets a column precision from its numbers only, not from text beside them', () => {
    const mixed = [{ key: 'v', label: 'V', isNumeric: true }];
    const csv = tableToCsv({ caption: 'c', columns: mixed, rows: [{ v: 3 }, { v: 'v1.25' }] });
    expect(lines(csv).slice(1, 3)).toEqual(['3', 'v1.25']);
  });

  it('leaves a cell blank when its row lacks the column, the source id too', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017 }] }, sources);
    expect(lines(csv)[1]).toBe('2017,,,,');
  });

  it('leaves a gap, not a zero, for a missing figure', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 2017, brand: 'AvtoVAZ', units: null, source: 'wiki' }] }, sources);
    expect(lines(csv)[1]).toBe('2017,AvtoVAZ,,Renault–Nissan–Mitsubishi Alliance,wiki');
  });

  it('never writes NaN or Infinity: each is a gap and does not change the column precision', () => {
    const value = [{ key: 'v', label: 'V', isNumeric: true }];
    const csv = tableToCsv({ caption: 'c', columns: value, rows: [{ v: Number.NaN }, { v: Number.POSITIVE_INFINITY }, { v: Number.NEGATIVE_INFINITY }, { v: 2 }] });
    expect(lines(csv).slice(1, 5)).toEqual(['', '', '', '2']);
  });

  it('quotes commas, quotes and newlines', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 1, brand: 'A, "B"\nC', units: 1, source: 's' }] });
    expect(lines(csv)[1]).toBe('1,"A, ""B""\nC",1,s,s');
  });

  it.each([
    ['a comma', 'A,B', '"A,B"'],
    ['a quote', 'A"B', '"A""B"'],
    ['a line feed', 'A\nB', '"A\nB"'],
    ['a carriage return', 'A\rB', '"A\rB"'],
    ['nothing special', 'A B', 'A B'],
  ])('quotes a cell holding %s, and only then', (_, text, written) => {
    const name = [{ key: 'name', label: 'Name' }];
    expect(tableToCsv({ caption: 'c', columns: name, rows: [{ name: text }] })).toBe(`\uFEFFname\r\n${written}\r\n`);
  });

  it.each([
    ['=', "'=1+1"],
    ['+', "'+1+1"],
    ['-', "'-1+1"],
    ['@', "'@1+1"],
    ['\t', "'\t1+1"],
    ['\r', '"\'\r1+1"'],
  ])('neutralises a text cell starting with %j', (start, written) => {
    const name = [{ key: 'name', label: 'Name' }];
    expect(tableToCsv({ caption: 'c', columns: name, rows: [{ name: `${start}1+1` }] })).toBe(`\uFEFFname\r\n${written}\r\n`);
  });

  it('leaves a text cell with a formula character inside it alone', () => {
    const value = [{ key: 'name', label: 'Name' }];
    expect(lines(tableToCsv({ caption: 'c', columns: value, rows: [{ name: 'Renault-Nissan' }] }))[1]).toBe('Renault-Nissan');
  });

  it('writes a negative number as a number', () => {
    const value = [{ key: 'v', label: 'V', isNumeric: true }];
    expect(lines(tableToCsv({ caption: 'c', columns: value, rows: [{ v: -1.5 }] }))[1]).toBe('-1.5');
  });

  it('neutralises a source title that starts like a formula', () => {
    const csv = tableToCsv({ caption: 'c', columns, rows: [{ year: 1, brand: 'B', units: 1, source: 'x' }] }, sourcesNamed({ x: '=cmd' }));
    expect(lines(csv)[1]).toBe("1,B,1,'=cmd,x");
  });
});
