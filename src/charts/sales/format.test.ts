import { textWidth } from '../../components/textWidth';
import { intlFor } from '../../i18n/intl';
import { formatAxisValue, formatTargetLabel, formatTotalLabel, salesChartLabel } from './format';

const en = intlFor('en');
const ja = intlFor('ja');
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

describe('formatTotalLabel', () => {
  it('writes the full compact figure on a wide chart', () => {
    expect(formatTotalLabel(10_608_366, false, en)).toBe('10.6M');
  });

  it('drops the unit on a phone: millions to one decimal', () => {
    expect([formatTotalLabel(10_608_366, true, en), formatTotalLabel(8_000_000, true, en)]).toEqual(['10.6', '8.0']);
    expect(plain(formatTotalLabel(10_608_366, true, intlFor('fr')))).toBe('10,6');
  });

  it('counts 万 in Japanese on a phone, without grouping', () => {
    expect(formatTotalLabel(10_608_366, true, ja)).toBe('1061');
  });
});

describe('formatTargetLabel', () => {
  const target = { year: 2022, units: 14_000_000, label: '14 million vehicles a year by 2022' };

  it('builds a short label from the numbers on a phone', () => {
    expect(formatTargetLabel(target, true, 100, en)).toBe('2022 target: 14M a year');
  });

  it('writes the record’s own label when there is room', () => {
    expect(formatTargetLabel(target, false, 1000, en)).toBe('Target: 14 million vehicles a year by 2022');
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
