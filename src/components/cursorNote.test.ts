import { intlFor } from '../i18n/intl';
import { cursorNote } from './cursorNote';

const [en, fr, ja] = [intlFor('en'), intlFor('fr'), intlFor('ja')];
const SALES = [2011, 2018] as const;
const ALL = [1999, 2023] as const;

describe('cursorNote', () => {
  it('says a chosen year before or after the chart’s data is outside them, in each language', () => {
    expect(cursorNote({ vs: null, at: 2005, yearRange: ALL }, SALES, en)).toBe('No figures for 2005: this chart’s figures start in 2011.');
    expect(cursorNote({ vs: null, at: 2019, yearRange: ALL }, SALES, en)).toBe('No figures for 2019: this chart’s figures end in 2018.');
    expect(cursorNote({ vs: null, at: 2010, yearRange: ALL }, SALES, fr)).toBe('Pas de chiffres pour 2010\u202f: ceux de ce graphique commencent en 2011.');
    expect(cursorNote({ vs: null, at: 2023, yearRange: ALL }, SALES, fr)).toBe('Pas de chiffres pour 2023\u202f: ceux de ce graphique s’arrêtent en 2018.');
    expect(cursorNote({ vs: null, at: 2005, yearRange: ALL }, SALES, ja)).toBe('このグラフの数値は2011年からのため、2005年の数値はありません。');
    expect(cursorNote({ vs: null, at: 2019, yearRange: ALL }, SALES, ja)).toBe('このグラフの数値は2018年までのため、2019年の数値はありません。');
  });

  it('says nothing inside the data, at its first and last years, for the default cursor, or a view without years', () => {
    expect([2011, 2015, 2018].map((at) => cursorNote({ vs: null, at, yearRange: ALL }, SALES, en))).toEqual([null, null, null]);
    expect(cursorNote({ vs: null, at: null, yearRange: ALL }, SALES, en)).toBeNull();
    expect(cursorNote({ vs: null, at: 2005, yearRange: ALL }, null, en)).toBeNull();
  });

  it('says a compared year outside the chart’s data has nothing to compare, after the cursor’s own note', () => {
    expect(cursorNote({ at: 2016, vs: 2023, yearRange: ALL }, SALES, en)).toBe('Nothing to compare for 2023: this chart’s figures end in 2018.');
    expect(cursorNote({ at: 2005, vs: 2023, yearRange: ALL }, SALES, en)).toBe('No figures for 2005: this chart’s figures start in 2011. Nothing to compare for 2023: this chart’s figures end in 2018.');
    expect(cursorNote({ at: null, vs: 2009, yearRange: ALL }, SALES, fr)).toBe('Rien à comparer pour 2009\u202f: les chiffres de ce graphique commencent en 2011.');
    expect(cursorNote({ at: 2016, vs: 2023, yearRange: ALL }, SALES, ja)).toBe('このグラフの数値は2018年までのため、2023年とは比較できません。');
    // Inside the data, or not compared (outside the range, or the cursor's own year): nothing.
    expect([2012, 2016].map((vs) => cursorNote({ at: 2016, vs, yearRange: ALL }, SALES, en))).toEqual([null, null]);
    expect(cursorNote({ at: 2016, vs: 2023, yearRange: [2011, 2018] }, SALES, en)).toBeNull();
  });

  it('reads the cursor as the page does: pulled inside the year range', () => {
    // A stored 2005 under a 2012–2016 range stands at 2012, inside the sales years.
    expect(cursorNote({ vs: null, at: 2005, yearRange: [2012, 2016] }, SALES, en)).toBeNull();
  });
});
