import { isFullWidth, textWidth, truncateToWidth } from './textWidth';

describe('textWidth', () => {
  it('estimates DejaVu Sans Bold digits at 0.726 em', () => {
    expect(textWidth('50', 10, true)).toBeCloseTo(14.52, 5);
  });

  it('adds each character’s advance: "Renault" at 10 px', () => {
    // R 0.72 + e 0.62 + n 0.62 + a 0.62 + u 0.62 + l 0.3 + t 0.4 = 3.9 em.
    expect(textWidth('Renault', 10)).toBeCloseTo(39, 6);
  });

  it('gives Japanese characters a full em: "1,400万" at 12 px is wider than "14M"', () => {
    // 1 0.66 + , 0.36 + 4 0 0 3 × 0.66 + 万 1 = 4.0 em; 14M = 0.66 × 2 + 0.95 = 2.27 em.
    expect([textWidth('1,400万', 12), textWidth('14M', 12)].map((w) => Math.round(w * 100) / 100)).toEqual([48, 27.24]);
  });
});

describe('isFullWidth', () => {
  it('is kana, kanji and the full-width forms — not half-width katakana or half-width forms', () => {
    expect(['ア', '万', '（', '：', '￥', 'ｱ', 'ﾞ', '￨', 'A', 'é'].map(isFullWidth)).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });
});

describe('truncateToWidth', () => {
  it('keeps a label that fits as it is', () => {
    expect(truncateToWidth('Renault', 39, 10)).toBe('Renault');
    expect(truncateToWidth('', 10, 10)).toBe('');
  });

  it('cuts a label one pixel too wide and ends it with an ellipsis that fits', () => {
    // "Renault" is 39 px; "Renau" 32 px + "…" 6.2 px = 38.2 px fits 38.5, and "Renaul…" (41.2 px) does not.
    expect(truncateToWidth('Renault', 38.5, 10)).toBe('Renau…');
    expect(truncateToWidth('Renault', 38, 10)).toBe('Rena…');
  });

  it('drops a space left before the ellipsis', () => {
    // "Nissan " fits with "…" at 48 px; the space goes.
    expect(truncateToWidth('Nissan Motor', 48, 10)).toBe('Nissan…');
  });

  it('cuts a 500-character company name to the room given, measured wider when bold', () => {
    const name = `Renault ${'Groupe '.repeat(80)}`.slice(0, 500);
    expect(name).toHaveLength(500);
    const plain = truncateToWidth(name, 150, 12);
    const bold = truncateToWidth(name, 150, 12, true);
    expect([plain, bold]).toEqual(['Renault Groupe Groupe…', 'Renault Groupe Grou…']);
    expect(Math.max(textWidth(plain, 12), textWidth(bold, 12, true))).toBeLessThanOrEqual(150);
  });

  it('gives nothing when not even one character and the ellipsis fit', () => {
    expect(truncateToWidth('Wide', 5, 10)).toBe('');
  });

  it('cuts between characters, never inside an astral one', () => {
    expect(truncateToWidth('𝐀𝐁𝐂𝐃𝐄𝐅', 25, 10)).toBe('𝐀𝐁𝐂…');
  });
});
