import { textWidth } from '../../components/textWidth';
import { intlFor } from '../../i18n/intl';
import { formatAxisValue, formatTargetLabel, formatTotalLabel, salesChartLabel } from './format';

const en = intlFor('en');
// Intl writes French numbers with narrow no-break spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatAxisValue', () => {
  it('writes a zero tick as a plain 0, not "0K"', () => {
    expect(formatAxisValue(0, false, en)).toBe('0');
  });

  it('writes unit ticks compactly', () => {
    expect([formatAxisValue(800_000, false, en), formatAxisValue(10_500_000, false, en)]).toEqual(['800K', '10.5M']);
  });

  it('writes share ticks as percent, zero included', () => {
    expect([formatAxisValue(25, true, en), formatAxisValue(0, true, en)]).toEqual(['25%', '0%']);
  });
});

describe('formatTargetLabel', () => {
  const target = { year: 2022, units: 14_000_000, label: '14 million vehicles a year by 2022', setIn: null };

  it('builds a short label from the numbers on a phone', () => {
    expect(formatTargetLabel(target, true, 100, en)).toBe('2022 target: 14M a year');
  });

  it('writes the record’s own label when there is room', () => {
    expect(formatTargetLabel(target, false, 1000, en)).toBe('Target: 14 million vehicles a year by 2022');
  });

  it('says when the target was set, where the source says (the line starts there), in three languages', () => {
    const set = { ...target, setIn: 2017 };
    expect(formatTargetLabel(set, false, 1000, en)).toBe('Target set in 2017: 14 million vehicles a year by 2022');
    expect(formatTargetLabel(set, false, 1000, intlFor('fr'))).toBe('Objectif fixé en 2017\u202f: 14 million vehicles a year by 2022');
    expect(formatTargetLabel(set, false, 1000, intlFor('ja'))).toBe('2017年に設定された目標：14 million vehicles a year by 2022');
  });

  it('keeps a margin: a label exactly as wide as the room is cut short', () => {
    const full = 'Target: 14 million vehicles a year by 2022';
    const cut = formatTargetLabel(target, false, textWidth(full, 12), en);
    expect(cut.endsWith('…')).toBe(true);
    expect(full.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('salesChartLabel', () => {
  it('names the brands, the layout and the measure', () => {
    expect(salesChartLabel(['Renault', 'Nissan'], true, false, en)).toBe('Bar chart of units sold by Renault and Nissan, stacked, as units');
    expect(salesChartLabel(['Renault'], false, true, en)).toBe('Bar chart of units sold by Renault, side by side, as share of the Alliance total');
  });
});

// The seeds' Alliance totals for 2011, 2012, 2016 and 2017 (the encyclopedia's Total row).
const TOTALS = [8_029_222, 8_097_197, 9_961_347, 10_608_366];

describe('formatTotalLabel', () => {
  it.each([
    ['en', ['8.03M', '8.10M', '9.96M', '10.6M'], ['8.03', '8.10', '9.96', '10.6']],
    ['fr', ['8,03 M', '8,10 M', '9,96 M', '10,6 M'], ['8,03', '8,10', '9,96', '10,6']],
    ['ja', ['803万', '810万', '996万', '1,061万'], ['803', '810', '996', '1061']],
  ] as const)('keeps three significant digits above a bar in %s, with and without the unit, a trailing zero too (8.10M beside 8.03M, not 8.1M)', (locale, wide, phone) => {
    const intl = intlFor(locale);
    expect([TOTALS.map((t) => plain(formatTotalLabel(t, false, intl))), TOTALS.map((t) => formatTotalLabel(t, true, intl))]).toEqual([wide, phone]);
  });
  it('keeps no zero a total below a million does not have (a filtered dataset, a small brand): 0, 950, 500K', () => {
    const en = intlFor('en');
    expect([0, 950, 500_000].map((t) => formatTotalLabel(t, false, en))).toEqual(['0', '950', '500K']);
    // Decided on the rounded figure: 999,600 reads a million, beside 1,004,000, with its digits kept alike.
    expect([[999_499, 999_600, 1_004_000].map((t) => formatTotalLabel(t, false, en)), [999_600, 1_004_000].map((t) => formatTotalLabel(t, true, en))]).toEqual([['999K', '1.00M', '1.00M'], ['1.00', '1.00']]);
  });

  // A dataset whose yearly totals are under a million: its axis reads 0–600K, so "0.285" above a bar would read as 0.285 of nothing.
  it.each([
    ['en', ['0', '950', '285K', '999K', '1.00']],
    ['fr', ['0', '950', '285 k', '999 k', '1,00']],
    ['ja', ['0', '950', '28', '100', '100']],
  ] as const)('drops the unit on a phone in %s only from a total of at least one unit, as its axis writes them', (locale, phone) => {
    const intl = intlFor(locale);
    expect([0, 950, 284_807, 999_499, 999_600].map((t) => plain(formatTotalLabel(t, true, intl)))).toEqual(phone);
  });
});
