import { isFullWidth, textWidth } from './textWidth';
import { wrapText } from './wrapText';

// Widths in average glyphs, a Japanese character two: easy to follow by hand.
const glyphs = (token: string) => [...token].reduce((sum, char) => sum + (isFullWidth(char) ? 2 : 1), 0);

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('one two three four', 9, glyphs)).toEqual(['one two', 'three', 'four']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 10, glyphs)).toEqual([]);
  });
  it('breaks Japanese between characters, a character counting two, never before 、。） or after （', () => {
    expect(wrapText('日産と三菱の販売台数が増加。', 16, glyphs)).toEqual(['日産と三菱の販売', '台数が増加。']);
    expect(wrapText('注：工場（計画）', 8, glyphs)).toEqual(['注：工場', '（計画）']);
  });

  it('keeps brackets with the Latin words they hold: no line ends in 「 or starts with 」', () => {
    expect(wrapText('報告「Renault Alliance」、百科', 11, glyphs)).toEqual(['報告', '「Renault', 'Alliance」、', '百科']);
  });

  it('never breaks a Japanese figure from its units: 803万台, 27万3,550台, 2017年1月 stay whole', () => {
    expect(wrapText('販売台数は803万台から1,076万台に増加。', 16, glyphs)).toEqual(['販売台数は', '803万台から', '1,076万台に増', '加。']);
    expect(wrapText('報告：27万3,550台超', 10, glyphs)).toEqual(['報告：', '27万3,550台', '超']);
    expect(wrapText('2017年1月に40万台）', 12, glyphs)).toEqual(['2017年1月に', '40万台）']);
    // The counts inMan writes ("1万5"), a compact figure ("1.23万"), a figure after an opening bracket, a span of years.
    expect(wrapText('販売は合計1万5台で', 10, glyphs)).toEqual(['販売は合計', '1万5台で']);
    expect(wrapText('合計1.23万台の販売', 10, glyphs)).toEqual(['合計', '1.23万台の', '販売']);
    expect(wrapText('報告（803万台）', 10, glyphs)).toEqual(['報告', '（803万台）']);
    expect(wrapText('期間は2011～2018年です', 12, glyphs)).toEqual(['期間は', '2011～2018年', 'です']);
    // A unit character that starts a word glues one character, not the word: 3日 | 本.
    expect(wrapText('3日本', 2, glyphs)).toEqual(['3日', '本']);
    // English keeps its breaks: a figure and a dash are one word, as before.
    expect(wrapText('from 2016–2018 on', 9, glyphs)).toEqual(['from', '2016–2018', 'on']);
  });

  it('never breaks at, nor drops, a no-break space: a French number (500 000) or the space before a colon stays whole', () => {
    expect(wrapText('Batteries\u202f: 500\u202f000 par an, Chennai 400\u00a0000', 16, glyphs)).toEqual(['Batteries\u202f:', '500\u202f000 par an,', 'Chennai 400\u00a0000']);
  });

  it('keeps the space between Latin words and none between Japanese characters', () => {
    expect(wrapText('出典：「Renault–Nissan Alliance」、百科事典', 60, glyphs)).toEqual(['出典：「Renault–Nissan Alliance」、百科事典']);
  });

  it('wraps by a measure in px: a map key entry at 11 px in 120 px', () => {
    const px = (token: string) => textWidth(token, 11);
    const lines = wrapText('dashed ring: opened between 2012 and 2017', 120, px);
    expect(lines).toEqual(['dashed ring: opened', 'between 2012 and', '2017']);
    expect(lines.every((line) => px(line) <= 120)).toBe(true);
  });
});
