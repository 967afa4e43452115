import { textWidth } from '../../components/textWidth';
import { intlFor } from '../../i18n/intl';
import { formatAxisValue, formatTargetLabel, formatTotalLabels, salesChartLabel, totalLabelsAndSize } from './format';

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
  const target = { year: 2022, isFiscalYear: false, units: 14_000_000, label: '14 million vehicles a year by 2022', setIn: null };

  it('builds a short label from the numbers on a phone', () => {
    expect(formatTargetLabel(target, true, 100, en)).toBe('2022 target: 14M a year');
  });

  it('names a fiscal year as one on a phone, where the record’s own label (“fiscal 2022”) is not shown: FY2022, exercice 2022, 2022年度', () => {
    const fiscal = { ...target, isFiscalYear: true };
    expect((['en', 'fr', 'ja'] as const).map((lang) => formatTargetLabel(fiscal, true, 100, intlFor(lang)))).toEqual([
      'FY2022 target: 14M a year',
      'Objectif exercice 2022\u202f: 14\u00a0M par an',
      '2022年度の目標：年1,400万台',
    ]);
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

describe('formatTotalLabels', () => {
  it.each([
    ['en', ['8.03M', '8.10M', '9.96M', '10.6M'], ['8.03', '8.10', '9.96', '10.6']],
    ['fr', ['8,03 M', '8,10 M', '9,96 M', '10,6 M'], ['8,03', '8,10', '9,96', '10,6']],
    // A phone's Japanese totals carry no thousands comma, as 万 figures are written: "1,061" beside "1,076" ran together.
    ['ja', ['803万', '810万', '996万', '1,061万'], ['803', '810', '996', '1061']],
  ] as const)('keeps three significant digits above a bar in %s, with and without the unit, a trailing zero too (8.10M beside 8.03M, not 8.1M)', (locale, wide, phone) => {
    const intl = intlFor(locale);
    expect([formatTotalLabels(TOTALS, false, intl).map(plain), formatTotalLabels(TOTALS, true, intl)]).toEqual([wide, phone]);
  });
  it('keeps no zero a total below a million does not have (a filtered dataset, a small brand): 0, 950, 500K', () => {
    const en = intlFor('en');
    expect(formatTotalLabels([0, 950, 500_000], false, en)).toEqual(['0', '950', '500K']);
    // Decided on the rounded figure: 999,600 reads a million, beside 1,004,000, with its digits kept alike.
    expect([formatTotalLabels([999_499, 999_600, 1_004_000], false, en), formatTotalLabels([999_600, 1_004_000], true, en)]).toEqual([['999K', '1.00M', '1.00M'], ['1.00', '1.00']]);
  });

  // Totals straddling a million (a smaller dataset; Mitsubishi's 934,013, 1,030,454 and 1,218,897 of 2016–2018):
  // "934K" beside "1.03" would read as two units, and "0.934" as a fraction of nothing.
  it.each([
    ['en', ['0', '934K', '1.03M', '1.22M'], ['0', '1.00', '1.22']],
    ['fr', ['0', '934 k', '1,03 M', '1,22 M'], ['0', '1,00', '1,22']],
    // Every one of them is at least one 万.
    ['ja', ['0', '93', '103', '122'], ['0', '100', '122']],
  ] as const)('keeps the unit on a phone in %s on every total unless all are at least one unit, zeros aside', (locale, mixed, millions) => {
    const intl = intlFor(locale);
    expect([formatTotalLabels([0, 934_013, 1_030_454, 1_218_897], true, intl).map(plain), formatTotalLabels([0, 999_600, 1_218_897], true, intl).map(plain)]).toEqual([mixed, millions]);
  });

  it('drops the Japanese unit from totals of at least one 万, and keeps it below', () => {
    const ja = intlFor('ja');
    expect([formatTotalLabels([284_807, 5_000], true, ja), formatTotalLabels([284_807, 4_999], true, ja)]).toEqual([['28', '1'], ['28.5万', '4,999']]);
  });
});

describe('totalLabelsAndSize: what both sales renderers draw above the bars', () => {
  it('sizes the labels to a year\'s share of the plot: 11 px where the widest fits, smaller in a phone\'s 35 px bands', () => {
    const ja = intlFor('ja');
    // 2016–2018's Alliance totals in a 105 px plot (35 px a year) and a 108 px one (36 px), as frame.test's bands.
    const totals = [8_030_000, 10_608_366, 10_760_000];
    expect([totalLabelsAndSize(totals, true, 105, ja, [2016, 2017, 2018]), totalLabelsAndSize(totals, true, 108, ja, [2016, 2017, 2018])]).toEqual([
      { labels: ['803', '1061', '1076'], size: 10.5 },
      { labels: ['803', '1061', '1076'], size: 11 },
    ]);
  });

  it('writes the totals of round years only where even the smallest type does not fit one a year', () => {
    const en = intlFor('en');
    const years = Array.from({ length: 20 }, (_, i) => 2000 + i);
    const totals = years.map((year) => (year < 2010 ? 8_029_222 : 10_756_875));
    // 10 px a year: "10.8M" at 8 px bold and its 4 px gap take 33 px, more than three years, so every 5th is written.
    const { labels, size } = totalLabelsAndSize(totals, false, 200, en, years);
    expect([size, labels.map((label, i) => label && `${years[i]}: ${label}`).filter(Boolean)]).toEqual([8, ['2005: 8.03M', '2010: 10.8M', '2015: 10.8M']]);
  });
});
