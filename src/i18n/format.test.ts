import { asSentence, formatsFor, isoDay, isoMonth } from './format';

const OCT_2017 = 2017 * 12 + 9;
// Intl puts a narrow no-break space (U+202F) or no-break space (U+00A0) in French numbers; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatsFor', () => {
  it('makes a formatter at its first use, and once', async () => {
    vi.resetModules();
    const { formatsFor: freshFormats } = await import('./format');
    const { NumberFormat } = Intl;
    // A constructor, counted: each call makes a real formatter.
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function made(...args: ConstructorParameters<typeof NumberFormat>) {
      return new NumberFormat(...args);
    } as typeof NumberFormat);
    try {
      const f = freshFormats('fr');
      const before = made.mock.calls.length;
      const figures = [f.exact(1234), f.exact(5678)];
      expect([before, made.mock.calls.length, figures]).toEqual([0, 1, ['1\u202f234', '5\u202f678']]);
    } finally {
      made.mockRestore();
    }
  });

  it('writes English figures and dates', () => {
    const f = formatsFor('en');
    expect([f.exact(1234567), f.compact(10_610_000), f.percent(43.4), f.monthShort(OCT_2017), f.monthLong(OCT_2017)]).toEqual(['1,234,567', '10.6M', '43.4%', 'Oct 2017', 'October 2017']);
    expect(f.list(['Renault', 'Nissan', 'Mitsubishi'])).toBe('Renault, Nissan and Mitsubishi');
    expect(f.list(['Renault', 'Nissan', 'Mitsubishi'], 'or')).toBe('Renault, Nissan or Mitsubishi');
    expect(f.list(['Renault', 'Nissan'], 'or')).toBe('Renault or Nissan');
  });
  it('writes a zero a file gives as -0 as 0, in every figure', () => {
    for (const locale of ['en', 'fr', 'ja'] as const) {
      const f = formatsFor(locale);
      expect([f.exact(-0), f.compact(-0), f.compactTotal(-0), f.percent(-0), f.computedPercent(-0), f.money(-0, 'EUR')].some((text) => text.includes('-'))).toBe(false);
    }
    expect(formatsFor('en').exact(-5)).toBe('-5');
  });

  it('writes a percentage above 0 that would round to 0 as under the least it shows', () => {
    expect([5e-324, 0.04, 0.05, 0].map(formatsFor('en').percent)).toEqual(['<0.1%', '<0.1%', '0.1%', '0%']);
    expect(formatsFor('fr').percent(0.01)).toBe('<0,1\u00a0%');
  });

  it('writes French figures and dates as a French writer would', () => {
    const f = formatsFor('fr');
    expect([f.exact(1234567), f.compact(10_610_000), f.percent(43.4), f.monthShort(OCT_2017), f.monthLong(OCT_2017)].map(plain)).toEqual(['1 234 567', '10,6 M', '43,4 %', 'oct. 2017', 'octobre 2017']);
    expect(f.list(['Renault', 'Nissan', 'Mitsubishi'])).toBe('Renault, Nissan et Mitsubishi');
    expect(f.list(['Renault', 'Nissan'], 'or')).toBe('Renault ou Nissan');
  });
  it('writes Japanese figures with its own compact units and date forms', () => {
    const f = formatsFor('ja');
    expect([f.exact(1234567), f.compact(10_610_000), f.compact(500_000), f.monthShort(OCT_2017)]).toEqual(['1,234,567', '1,061万', '50万', '2017年10月']);
    expect(f.list(['Renault', 'Nissan'])).toBe('Renault、Nissan');
  });
  it('writes an exact count in a Japanese sentence in 万 and 億, every digit kept; digits in English and French', () => {
    const ja = formatsFor('ja');
    // The seeds' plant capacities (170,000 at Chennai, 400,000 at Oragadam) and a figure with every unit.
    expect([170_000, 400_000, 253_500, 1_234_567_890, 1_000_000_000_000, 10_000, 9_999, 65_000].map(ja.exactInText)).toEqual(['17万', '40万', '25万3,500', '12億3,456万7,890', '1兆', '1万', '9,999', '6万5,000']);
    expect([formatsFor('en').exactInText(170_000), plain(formatsFor('fr').exactInText(170_000))]).toEqual(['170,000', '170 000']);
    // No "-" before a zero a file wrote as -0.
    expect(ja.exactInText(-0)).toBe('0');
    // A loss keeps its sign before the whole figure; a figure with a fraction (a target's amount may have one) is
    // written in digits, not split into 万 with its fraction on the last part.
    expect([-123_456, 12_345.5, 100_010_000].map(ja.exactInText)).toEqual(['-12万3,456', '12,345.5', '1億1万']);
  });
  it('writes a sequence of a reference’s parts with no conjunction, in each language’s separator', () => {
    const parts = ['"T"', 'article', 'P'];
    expect((['en', 'fr', 'ja'] as const).map((l) => formatsFor(l).sequence(parts))).toEqual(['"T", article, P', '"T", article, P', '"T"、article、P']);
  });
  // Seed totals (the encyclopedia's Total row): 2016's 9,961,347 once showed as "10M", as if a million more.
  it.each([
    ['en', ['9.96M', '10.6M', '8.03M', '285K', '1.5M', '2M', '7']],
    ['fr', ['9,96 M', '10,6 M', '8,03 M', '285 k', '1,5 M', '2 M', '7']],
    ['ja', ['996万', '1,061万', '803万', '28.5万', '150万', '200万', '7']],
  ] as const)('keeps compact figures to three significant digits at least in %s', (locale, expected) => {
    const f = formatsFor(locale);
    expect([9_961_347, 10_608_366, 8_029_222, 284_807, 1_500_000, 2_000_000, 7].map((v) => plain(f.compact(v)))).toEqual(expected);
  });
  it.each([
    ['en', ['€600M', '€10B', '₽23B', '₩170B']],
    ['fr', ['600 M €', '10 Md €', '23 Md ₽', '170 Md ₩']],
    ['ja', ['€6億', '€100億', '₽230億', '₩1,700億']],
  ] as const)('writes money compactly in %s (the ownership records: Nissan in Ampere, the synergy target, Alliance Rostec, Renault Samsung)', (locale, expected) => {
    const f = formatsFor(locale);
    expect([f.money(600_000_000, 'EUR'), f.money(10_000_000_000, 'EUR'), f.money(23_000_000_000, 'RUB'), f.money(170_000_000_000, 'KRW')].map(plain)).toEqual(expected);
  });
  it('writes a year on its own as a date, with 年 in Japanese', () => {
    expect([formatsFor('en').year(2012), formatsFor('fr').year(2012), formatsFor('ja').year(2012)]).toEqual(['2012', '2012', '2012年']);
  });
  it('writes a day, short and in words, day first in English as the citations are', () => {
    const december2023 = 2023 * 12 + 11;
    expect((['en', 'fr', 'ja'] as const).map((locale) => [formatsFor(locale).dayShort(december2023, 6), formatsFor(locale).dayLong(december2023, 6)])).toEqual([
      ['6 Dec 2023', '6 December 2023'],
      ['6 déc. 2023', '6 décembre 2023'],
      ['2023年12月6日', '2023年12月6日'],
    ]);
  });

  it('gives a one-year span as the year alone', () => {
    expect([formatsFor('en').yearSpan([2013, 2016]), formatsFor('ja').yearSpan([2017, 2017]), formatsFor('ja').yearSpan([2011, 2018])]).toEqual(['2013–2016', '2017', '2011～2018']);
  });
  it('builds each language once', () => {
    expect(formatsFor('fr')).toBe(formatsFor('fr'));
  });
});

describe('dataset dates', () => {
  const [en, fr, ja] = [formatsFor('en'), formatsFor('fr'), formatsFor('ja')];
  it('reads "YYYY-MM" as a month index, and nothing else', () => {
    expect([isoMonth('2017-10'), isoMonth('2017'), isoMonth('2017-10-06'), isoMonth('Oct 2017')]).toEqual([2017 * 12 + 9, null, null, null]);
  });
  it('reads "YYYY-MM-DD" as a month index and a day, and nothing else', () => {
    expect(isoDay('2023-12-06')).toEqual({ month: 2023 * 12 + 11, day: 6 });
    expect([isoDay('2023-12'), isoDay('2023'), isoDay('2023-12-06T00'), isoDay('6 Dec 2023')]).toEqual([null, null, null, null]);
  });
  it('shows a month as monthShort, a year as the language writes one, anything else as written', () => {
    expect([en.isoDate('2009-07'), en.isoDate('2021'), en.isoDate('not given')]).toEqual(['Jul 2009', '2021', 'not given']);
    expect([fr.isoDate('2017-10'), ja.isoDate('2017-10'), ja.isoDate('2021')]).toEqual(['oct. 2017', '2017年10月', '2021年']);
  });
});

describe('asSentence', () => {
  it('capitalises the first letter, accents and apostrophes included, and leaves caseless scripts and the rest alone', () => {
    expect(asSentence('the French State holds 15% of Renault', 'en')).toBe('The French State holds 15% of Renault');
    expect(asSentence('l’État français détient', 'fr')).toBe('L’État français détient');
    expect(asSentence('éLAN', 'fr')).toBe('ÉLAN');
    expect(asSentence('フランス政府は', 'ja')).toBe('フランス政府は');
    expect(asSentence('', 'en')).toBe('');
  });
});
