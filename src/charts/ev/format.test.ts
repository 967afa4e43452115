import { dateLabel, formatTick, formatUnits, monthDate, monthIndex, monthLong, monthShort, quoteText, splitTableRow } from './format';

describe('month helpers', () => {
  it('counts months since year 0', () => {
    expect(monthIndex('2017-10')).toBe(2017 * 12 + 9);
  });
  it('places a year-only date at July', () => {
    expect(monthDate(monthIndex('2021'))).toBe('2021-07');
  });
  it('formats a month short and long', () => {
    expect([monthShort(monthIndex('2017-10')), monthLong(monthIndex('2015-12'))]).toEqual(['Oct 2017', 'December 2015']);
  });
  it('shows a year-only date as the year', () => {
    expect([dateLabel('2021'), dateLabel('2009-07')]).toEqual(['2021', 'Jul 2009']);
  });
});

describe('number formats', () => {
  it('writes whole millions in words and the rest with separators', () => {
    expect([formatUnits(1_000_000), formatUnits(273_550), formatUnits(10_600)]).toEqual(['1 million', '273,550', '10,600']);
  });
  it('abbreviates axis ticks', () => {
    expect([0, 10_000, 250_000, 1_000_000, 1_500_000].map(formatTick)).toEqual(['0', '10k', '250k', '1M', '1.5M']);
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
