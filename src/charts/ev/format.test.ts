import { formatsFor } from '../../i18n/format';
import { intlFor } from '../../i18n/intl';
import { formatTick, formatUnits, monthIndex } from './format';
import { quoteText, splitTableRow } from '../../data/quoteText';

const [en, fr, ja] = [formatsFor('en'), formatsFor('fr'), formatsFor('ja')];
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('month helpers', () => {
  it('counts months since year 0', () => {
    expect(monthIndex('2017-10')).toBe(2017 * 12 + 9);
  });
  it('places a year-only date at July', () => {
    expect(monthIndex('2021')).toBe(2021 * 12 + 6);
  });
});

describe('number formats', () => {
  it('writes whole millions in words and the rest with separators', () => {
    const prose = (locale: 'en' | 'fr' | 'ja') => [1_000_000, 2_500_000, 350_000, 273_550].map((units) => plain(formatUnits(units, intlFor(locale))));
    expect(prose('en')).toEqual(['1 million', '2.5 million', '350,000', '273,550']);
    expect(prose('fr')).toEqual(['1 000 000', '2 500 000', '350 000', '273 550']);
    // Japanese counts in 万 (10,000): 35万 beside 150万 in one sentence, not 350,000 beside 150万, and the rest
    // after it (27万3,550), not 273,550 beside 35万; each part grouped as the sales chart's 1,076万; below 万, digits; from 億 up, 億.
    expect(prose('ja')).toEqual(['100万', '250万', '35万', '27万3,550']);
    expect([9_999, 10_000, 10_760_000, 10_005, 120_000_000, 100_000_005, 1e8, 1e8 + 1e4, 99_990_000].map((units) => formatUnits(units, intlFor('ja')))).toEqual(['9,999', '1万', '1,076万', '1万5', '1億2,000万', '1億5', '1億', '1億1万', '9,999万']);
    expect([1e12, 1e12 + 5, 12_345e8].map((units) => formatUnits(units, intlFor('ja')))).toEqual(['1兆', '1兆5', '1兆2,345億']);
  });
  it('abbreviates axis ticks in each language', () => {
    const ticks = [0, 10_000, 250_000, 1_000_000, 1_500_000];
    expect(ticks.map((t) => formatTick(t, en))).toEqual(['0', '10K', '250K', '1M', '1.5M']);
    expect(ticks.map((t) => plain(formatTick(t, fr)))).toEqual(['0', '10 k', '250 k', '1 M', '1,5 M']);
    expect(ticks.map((t) => formatTick(t, ja))).toEqual(['0', '1万', '25万', '100万', '150万']);
  });
});

describe('quotes', () => {
  it('splits a dated table row into its cells', () => {
    expect(splitTableRow('| Oct 2017 | Alliance global EV sales reached 500,000 units. |')).toEqual(['Oct 2017', 'Alliance global EV sales reached 500,000 units.']);
  });
  it('finds one cell in an undated table row', () => {
    expect(splitTableRow('| Alliance global EV sales passed 300,000 units. |')).toEqual(['Alliance global EV sales passed 300,000 units.']);
  });
  it('treats prose as no table row', () => {
    expect(splitTableRow('By the end of December 2017, the Alliance achieved')).toBeNull();
  });
  it('shows a table row without its pipes', () => {
    expect(quoteText('| Dec 2021 | Alliance global EV sales passed 1 million mark. |')).toBe('Dec 2021 — Alliance global EV sales passed 1 million mark.');
  });
});
