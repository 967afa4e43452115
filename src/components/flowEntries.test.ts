import { flowEntries } from './flowEntries';

// 6 px a character: widths easy to follow.
const measure = (text: string) => text.length * 6;
const SIZES = { symbol: 16, gap: 14, row: 18, line: 14 };
const entriesOf = (...labels: string[]) => labels.map((label) => ({ label }));

describe('flowEntries', () => {
  it('flows entries into rows that fit, a row taller for no one', () => {
    // Each entry: 16 + 6 × 5 + 14 = 60 px; three fit in 180, the fourth starts a row.
    const { entries, height } = flowEntries(entriesOf('aaaaa', 'bbbbb', 'ccccc', 'ddddd'), 180, measure, SIZES);
    expect(entries.map(({ x, y }) => [x, y])).toEqual([[0, 0], [60, 0], [120, 0], [0, 18]]);
    expect(height).toBe(36);
  });
  it('wraps a label wider than a row on rows of its own: the entries around it start rows, and its lines add to the height', () => {
    const { entries, height } = flowEntries(entriesOf('ab', 'one two three four five', 'cd'), 100, measure, SIZES);
    // 84 px of room after the symbol: 14 characters a line.
    expect(entries).toEqual([
      { item: { label: 'ab' }, x: 0, y: 0, lines: ['ab'] },
      { item: { label: 'one two three four five' }, x: 0, y: 18, lines: ['one two three', 'four five'] },
      { item: { label: 'cd' }, x: 0, y: 50, lines: ['cd'] },
    ]);
    expect(height).toBe(68);
  });
  it('starts a row after a wrapped entry, though the next would fit beside it', () => {
    // 184 px of room after the symbol: the 35-character label wraps into two; "ab" and "cd" fit any row.
    const { entries, height } = flowEntries(entriesOf('ab', 'aaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaa', 'cd'), 200, measure, SIZES);
    expect(entries.map(({ x, y, lines }) => [x, y, lines.length])).toEqual([[0, 0, 1], [0, 18, 2], [0, 50, 1]]);
    expect(height).toBe(68);
  });
  it('takes no room for no entries', () => expect(flowEntries([], 100, measure, SIZES)).toEqual({ entries: [], height: 0 }));
});
