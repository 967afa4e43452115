import { intlFor } from '../i18n/intl';
import { cursorNote } from './cursorNote';

const [en, fr, ja] = [intlFor('en'), intlFor('fr'), intlFor('ja')];
const SALES = [2011, 2018] as const;
const ALL = [1999, 2023] as const;

describe('cursorNote', () => {
  it('says a chosen year before or after the chart’s data is outside them, in each language', () => {
    expect(cursorNote({ at: 2005, yearRange: ALL }, SALES, en)).toBe('2005 is before this chart’s figures, which start in 2011.');
    expect(cursorNote({ at: 2019, yearRange: ALL }, SALES, en)).toBe('2019 is after this chart’s last figures (2018).');
    expect(cursorNote({ at: 2010, yearRange: ALL }, SALES, fr)).toBe('2010 précède les chiffres de ce graphique, qui commencent en 2011.');
    expect(cursorNote({ at: 2023, yearRange: ALL }, SALES, fr)).toBe('2023 suit les derniers chiffres de ce graphique (2018).');
    expect(cursorNote({ at: 2005, yearRange: ALL }, SALES, ja)).toBe('2005年は、このグラフの数値が始まる2011年より前です。');
    expect(cursorNote({ at: 2019, yearRange: ALL }, SALES, ja)).toBe('2019年は、このグラフの最後の数値（2018年）より後です。');
  });

  it('says nothing inside the data, at its first and last years, for the default cursor, or a view without years', () => {
    expect([2011, 2015, 2018].map((at) => cursorNote({ at, yearRange: ALL }, SALES, en))).toEqual([null, null, null]);
    expect(cursorNote({ at: null, yearRange: ALL }, SALES, en)).toBeNull();
    expect(cursorNote({ at: 2005, yearRange: ALL }, null, en)).toBeNull();
  });

  it('reads the cursor as the page does: pulled inside the year range', () => {
    // A stored 2005 under a 2012–2016 range stands at 2012, inside the sales years.
    expect(cursorNote({ at: 2005, yearRange: [2012, 2016] }, SALES, en)).toBeNull();
  });
});
