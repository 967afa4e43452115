import fc from 'fast-check';
import { parenthesesAsSpaces, withoutFinalParenthesis, withoutTrailingParenthesis } from './parenthetical';

// The regexes these functions replace; kept here only to check the new code returns what they did.
const OLD = {
  trailing: (text: string) => text.replace(/\s*\(.*\)\s*$/, ''),
  final: (text: string) => text.replace(/\s*\([^)]*\)\s*$/, ''),
  spaces: (text: string) => text.replace(/\s*\(.*?\)\s*/g, ' '),
};

/** Short strings over the characters that matter: parentheses, spaces, line breaks, letters. */
const tricky = fc.string({ unit: fc.constantFrom('(', ')', ' ', '\t', '\n', '\u2028', 'a', 'Z'), maxLength: 14 });

describe('withoutTrailingParenthesis', () => {
  it('drops the parenthesis a company name ends with', () => {
    expect(withoutTrailingParenthesis('Renault Korea Motor (formerly Renault Samsung Motors)')).toBe('Renault Korea Motor');
  });

  it('drops from the first "(" of the last line, like the greedy regex', () => {
    expect(withoutTrailingParenthesis('A (b) c (d)  ')).toBe('A');
    expect(withoutTrailingParenthesis('A (b\nc (d)')).toBe('A (b\nc');
  });

  it('leaves a name without a final parenthesis alone', () => {
    expect(withoutTrailingParenthesis('Nissan (Japan) Motor')).toBe('Nissan (Japan) Motor');
    expect(withoutTrailingParenthesis('')).toBe('');
  });

  it('returns what the regex returned on 2,000 generated strings', () => {
    fc.assert(fc.property(tricky, (text) => withoutTrailingParenthesis(text) === OLD.trailing(text)), { numRuns: 2000, seed: 17 });
  });
});

describe('withoutFinalParenthesis', () => {
  it('drops a series label’s parenthesis', () => {
    expect(withoutFinalParenthesis('Nissan (brand total)')).toBe('Nissan');
  });

  it('drops only the last parenthesis', () => {
    expect(withoutFinalParenthesis('A (b) (c)')).toBe('A (b)');
    expect(withoutFinalParenthesis('A ((b)')).toBe('A');
  });

  it('returns what the regex returned on 2,000 generated strings', () => {
    fc.assert(fc.property(tricky, (text) => withoutFinalParenthesis(text) === OLD.final(text)), { numRuns: 2000, seed: 18 });
  });
});

describe('parenthesesAsSpaces', () => {
  it('turns each parenthesis and the spaces around it into one space', () => {
    expect(parenthesesAsSpaces('Alliance (all brands)')).toBe('Alliance ');
    expect(parenthesesAsSpaces('A (x) (y)/ B')).toBe('A  / B');
  });

  it('leaves a "(" without a ")" on its line', () => {
    expect(parenthesesAsSpaces('A (b\nc) d')).toBe('A (b\nc) d');
  });

  it('returns what the regex returned on 2,000 generated strings', () => {
    fc.assert(fc.property(tricky, (text) => parenthesesAsSpaces(text) === OLD.spaces(text)), { numRuns: 2000, seed: 19 });
  });
});

describe('full-width parentheses, as Japanese writes them', () => {
  it('are dropped like ASCII ones, each closed by its own kind', () => {
    expect([withoutTrailingParenthesis('Nissan・Dongfeng 合弁会社（中国）'), withoutFinalParenthesis('Nissan（ブランド合計）'), parenthesesAsSpaces('アライアンス（出典の表記どおり）')]).toEqual([
      'Nissan・Dongfeng 合弁会社',
      'Nissan',
      'アライアンス ',
    ]);
  });
  it('are not closed by the other kind', () => {
    expect([withoutFinalParenthesis('Zoe（production)'), parenthesesAsSpaces('a（b) c'), parenthesesAsSpaces('a (b）c) d')]).toEqual(['Zoe（production)', 'a（b) c', 'a d']);
  });
  it('stay linear on a run of openings of both kinds', () => {
    const run = `Renault ${'（('.repeat(50_000)}`;
    expect([withoutTrailingParenthesis(run), withoutFinalParenthesis(run), parenthesesAsSpaces(run)]).toEqual([run, run, run]);
  });
});

// The regexes took seconds on 6,000 characters and would take minutes here; one pass takes milliseconds.
describe('on 100,000 characters of hostile text', () => {
  const opens = `Renault ${'('.repeat(100_000)}`;
  const spaces = `Renault${' '.repeat(100_000)}(x`;

  it('a run of "(" with no ")" is kept as it is', () => {
    expect(withoutTrailingParenthesis(opens)).toBe(opens);
    expect(withoutFinalParenthesis(opens)).toBe(opens);
    expect(parenthesesAsSpaces(opens)).toBe(opens);
  });

  it('a run of spaces before an unclosed "(" is kept as it is', () => {
    expect(withoutTrailingParenthesis(spaces)).toBe(spaces);
    expect(withoutFinalParenthesis(spaces)).toBe(spaces);
    expect(parenthesesAsSpaces(spaces)).toBe(spaces);
  });

  it('a run of "(" closed at the end is dropped whole', () => {
    const closed = `${opens})`;
    expect(withoutTrailingParenthesis(closed)).toBe('Renault');
    expect(withoutFinalParenthesis(closed)).toBe('Renault');
    expect(parenthesesAsSpaces(closed)).toBe('Renault ');
  });
});
