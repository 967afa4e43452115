import { intlFor } from '../../i18n/intl';
import { formatTotalLabel } from './format';

// The seeds' Alliance totals for 2011, 2016 and 2017 (the encyclopedia's Total row).
const TOTALS = [8_029_222, 9_961_347, 10_608_366];
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatTotalLabel', () => {
  it.each([
    ['en', ['8.03M', '9.96M', '10.6M'], ['8.03', '9.96', '10.6']],
    ['fr', ['8,03 M', '9,96 M', '10,6 M'], ['8,03', '9,96', '10,6']],
    ['ja', ['803万', '996万', '1,061万'], ['803', '996', '1061']],
  ] as const)('keeps three significant digits above a bar in %s, with and without the unit', (locale, wide, phone) => {
    const intl = intlFor(locale);
    expect([TOTALS.map((t) => plain(formatTotalLabel(t, false, intl))), TOTALS.map((t) => formatTotalLabel(t, true, intl))]).toEqual([wide, phone]);
  });
});
