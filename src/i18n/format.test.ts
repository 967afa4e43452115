import { formatsFor } from './format';

const OCT_2017 = 2017 * 12 + 9;
// Intl puts a narrow no-break space (U+202F) or no-break space (U+00A0) in French numbers; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatsFor', () => {
  it('writes English figures and dates', () => {
    const f = formatsFor('en');
    expect([f.exact(1234567), f.compact(10_610_000), f.percent(43.4), f.monthShort(OCT_2017), f.monthLong(OCT_2017)]).toEqual(['1,234,567', '10.6M', '43.4%', 'Oct 2017', 'October 2017']);
    expect(f.list(['Renault', 'Nissan', 'Mitsubishi'])).toBe('Renault, Nissan and Mitsubishi');
    expect(f.list(['Renault', 'Nissan', 'Mitsubishi'], 'or')).toBe('Renault, Nissan or Mitsubishi');
    expect(f.list(['Renault', 'Nissan'], 'or')).toBe('Renault or Nissan');
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
  it('writes a sequence of a reference’s parts with no conjunction, in each language’s separator', () => {
    const parts = ['"T"', 'article', 'P'];
    expect((['en', 'fr', 'ja'] as const).map((l) => formatsFor(l).sequence(parts))).toEqual(['"T", article, P', '"T", article, P', '"T"、article、P']);
  });
  it('gives a one-year span as the year alone', () => {
    expect([formatsFor('en').yearSpan([2013, 2016]), formatsFor('ja').yearSpan([2017, 2017])]).toEqual(['2013–2016', '2017']);
  });
  it('builds each language once', () => {
    expect(formatsFor('fr')).toBe(formatsFor('fr'));
  });
});
