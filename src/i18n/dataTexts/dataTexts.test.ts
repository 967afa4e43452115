import realDataset from '../../../public/data/alliance.json';
import { dataTextsFromPairs, datasetTexts, localiseDataset } from '../../data/localiseDataset';
import { parseDataset } from '../../data/parseDataset';
import fr from './fr.json';
import ja from './ja.json';

// The translations of the shipped dataset's own words, checked against the file they translate.
const dataset = parseDataset(realDataset);
const english = datasetTexts(dataset);
/** “…” spans: a source's words (kept as written) or a name the reader sees elsewhere (kept as translated there). */
const quotedSpans = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);

describe('the French texts of the dataset', () => {
  it('quote as French does, and as the French catalogs do: « », a no-break space inside each, never “ ”', () => {
    const texts = (fr as Pairs).map(([, text]) => text!);
    expect(texts.filter((text) => /[“”]/.test(text))).toEqual([]);
    expect(texts.filter((text) => /«(?!\u00a0)|(?<!\u00a0)»/.test(text))).toEqual([]);
    expect(texts.filter((text) => text.includes('«')).length).toBeGreaterThan(20);
  });
});

type Pairs = readonly (readonly string[])[];

describe.each([
  ['fr', fr as Pairs],
  ['ja', ja as Pairs],
])('the %s texts of the dataset', (_locale, pairs) => {
  const texts = dataTextsFromPairs(pairs);
  it('are [English, translation] pairs', () => {
    expect(pairs.filter((pair) => pair.length !== 2)).toEqual([]);
  });
  it('translate every text of the shipped dataset once, and nothing else', () => {
    expect(pairs.map(([en]) => en)).toEqual(english);
  });
  it('are all written: no blank, no stray space at either end', () => {
    expect([...texts].filter(([, text]) => text.trim() !== text || text === '')).toEqual([]);
  });
  it('leave only names as they are in English: no lowercase word of four letters or more (“plant”, not “dos”) in a text kept unchanged', () => {
    expect([...texts].filter(([en, text]) => text === en && en.split(/[\s/()]+/).some((word) => /^[a-z]{4,}$/.test(word)))).toEqual([]);
  });
  it('keep every field within its schema limits', () => {
    expect(() => parseDataset(localiseDataset(dataset, texts))).not.toThrow();
  });
  it('keep every quoted span: a source’s words as written, a name as translated where it is shown', () => {
    const lost = [...texts].flatMap(([en, text]) =>
      quotedSpans(en).flatMap((span) => {
        const expected = texts.get(span) ?? span;
        return text.includes(expected) ? [] : [`${en.slice(0, 40)}…: ${expected}`];
      }),
    );
    expect(lost).toEqual([]);
  });
});
