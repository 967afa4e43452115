import realDataset from '../../../public/data/alliance.json';
import { Dataset, type Brand } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { salesCompareKey, salesComparison } from './compare';
import { lightTheme } from '../../theme/tokens';
import { salesYears } from './model';
import { drawnPart } from './drawnPart';

// Figures checked by hand against the seed's sales table (002_d899d992310475ac.txt, lines 74–80).
const dataset = Dataset.parse(realDataset);
const ALL: readonly Brand[] = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];
const compare = (span: [number, number] | null, { brands = ALL, lang = 'en', yearRange = [2011, 2018] }: { brands?: readonly Brand[]; lang?: 'en' | 'fr' | 'ja'; yearRange?: [number, number] } = {}) =>
  salesComparison(dataset, salesYears(dataset, { yearRange, brands }), span, intlFor(lang));

describe('salesComparison', () => {
  it('compares 2012 with 2017: the total and each brand, with what differs in their basis', () => {
    // Total 8,097,197 → 10,608,366 (+31.01%); Renault 2,550,286 → 3,761,634 (+47.50%); Nissan 4,940,133 → 5,816,278 (+17.74%).
    expect(compare([2012, 2017])).toBe(
      'Comparing 2012 with 2017: Alliance total 8.10M → 10.6M (+31.0%; Mitsubishi counted in 2017 only); ' +
        'Renault 2.55M → 3.76M (+47.5%; 2017 includes AvtoVAZ); Nissan 4.94M → 5.82M (+17.7%); ' +
        'Mitsubishi: no figure for 2012; AvtoVAZ: in Renault’s figure for 2017.',
    );
  });

  // 100 brands compared had made a sentence of 100 pairs.
  it('compares the brands drawn, and the brands folded into the grey rest as one figure', () => {
    // 2017 → 2018 with two bars (Renault 3,761,634 → 3,884,295, +3.26%; Nissan): Mitsubishi, folded, 1,030,454 → 1,218,897 (+18.29%).
    const drawn = drawnPart(salesYears(dataset, { yearRange: [2017, 2018], brands: ALL }), ALL, 2);
    expect(salesComparison(dataset, drawn.years, [2017, 2018], intlFor('en'))).toBe(
      'Comparing 2017 with 2018: Alliance total 10.6M → 10.8M (+1.4%); Renault 3.76M → 3.88M (+3.3%); Nissan 5.82M → 5.65M (−2.8%); Other brands 1.03M → 1.22M (+18.3%).',
    );
  });

  it('says nothing of basis where both years count the same brands, and names a brand missing from both years once', () => {
    // 2017 → 2018: 10,608,366 → 10,756,875 (+1.40%); Nissan 5,816,278 → 5,653,683 (−2.80%); AvtoVAZ inside Renault both years
    // (stated for 2017, "figures merged to Renault"; inferred from the totals for 2018, whose cell is empty).
    expect(compare([2017, 2018], { brands: ['Nissan', 'AvtoVAZ'] })).toBe(
      'Comparing 2017 with 2018: Alliance total 10.6M → 10.8M (+1.4%); Nissan 5.82M → 5.65M (−2.8%); AvtoVAZ: in Renault’s figure for 2017 and 2018 (2018 inferred).',
    );
    expect(compare([2012, 2013], { brands: ['Mitsubishi'] })).toBe('Comparing 2012 with 2013: Alliance total 8.10M → 8.26M (+2.1%); Mitsubishi: no figure for 2012 or 2013.');
  });

  it('says where an inclusion is inferred, not stated by the source (AvtoVAZ in Renault’s 2018 figure)', () => {
    // Renault 3,182,625 → 3,884,295 (+22.05%); AvtoVAZ 284,807 in 2016, its 2018 cell empty.
    expect(compare([2016, 2018], { brands: ['Renault', 'AvtoVAZ'] })).toBe(
      'Comparing 2016 with 2018: Alliance total 9.96M → 10.8M (+8.0%); Renault 3.18M → 3.88M (+22.0%; 2018 includes AvtoVAZ, inferred); ' +
        'AvtoVAZ: in Renault’s figure for 2018 (inferred).',
    );
    expect(compare([2016, 2018], { brands: ['Renault', 'AvtoVAZ'], lang: 'fr' })).toContain('le chiffre de 2018 inclut AvtoVAZ, par déduction');
    expect(compare([2016, 2018], { brands: ['AvtoVAZ'], lang: 'ja' })).toContain('2018年はRenaultの数値に含まれる（推定）');
  });

  it('writes an unchanged figure ±0%, and says why a brand lacks a pair year by year: no record, no figure, or inside another brand', () => {
    // The real file changed where it says: Nissan 2018 as 2017; Mitsubishi's 2012 record gone; AvtoVAZ 2016 with no figure.
    const changed = structuredClone(dataset);
    const sale = (year: number, brand: Brand) => changed.sales.find((s) => s.year === year && s.brand === brand)!;
    sale(2018, 'Nissan').units = 5_816_278;
    changed.sales = changed.sales.filter((s) => !(s.year === 2012 && s.brand === 'Mitsubishi'));
    sale(2016, 'AvtoVAZ').units = null;
    const compareIn = (span: [number, number], brands: readonly Brand[]) => salesComparison(changed, salesYears(changed, { yearRange: [2011, 2018], brands }), span, intlFor('en'));
    expect(compareIn([2017, 2018], ['Nissan'])).toBe('Comparing 2017 with 2018: Alliance total 10.6M → 10.8M (+1.4%); Nissan 5.82M → 5.82M (±0.0%).');
    expect(compareIn([2012, 2017], ['Mitsubishi'])).toBe('Comparing 2012 with 2017: Alliance total 8.10M → 10.6M (+31.0%; Mitsubishi counted in 2017 only); Mitsubishi: no figure for 2012.');
    // AvtoVAZ: none in 2016, inside Renault's figure in 2017 (stated) and 2018 (inferred); so counted in the later total only.
    expect(compareIn([2016, 2017], ['AvtoVAZ'])).toBe(
      'Comparing 2016 with 2017: Alliance total 9.96M → 10.6M (+6.5%; AvtoVAZ counted in 2017 only); AvtoVAZ: no figure for 2016; AvtoVAZ: in Renault’s figure for 2017.',
    );
    expect(compareIn([2016, 2018], ['AvtoVAZ'])).toBe(
      'Comparing 2016 with 2018: Alliance total 9.96M → 10.8M (+8.0%; AvtoVAZ counted in 2018 only, inferred); AvtoVAZ: no figure for 2016; AvtoVAZ: in Renault’s figure for 2018 (inferred).',
    );
  });

  it('writes the change from a zero figure as units, not a percentage of nothing', () => {
    // A brand's figure of 0 (the schema allows it): "+∞%" or "±NaN%" would say nothing; the difference in units does.
    const zeroed = structuredClone(dataset);
    zeroed.sales.find((s) => s.year === 2017 && s.brand === 'Nissan')!.units = 0;
    zeroed.sales.find((s) => s.year === 2018 && s.brand === 'Nissan')!.units = 0;
    const compareIn = (span: [number, number], lang: 'en' | 'fr' | 'ja' = 'en') =>
      salesComparison(zeroed, salesYears(zeroed, { yearRange: [2011, 2018], brands: ['Nissan'] }), span, intlFor(lang));
    // Nissan 2018 back to 5,653,683 from 0: +5.65M; 0 → 0: ±0.
    expect(compareIn([2017, 2018])).toContain('Nissan 0 → 0 (±0)');
    zeroed.sales.find((s) => s.year === 2018 && s.brand === 'Nissan')!.units = 5_653_683;
    expect(compareIn([2017, 2018])).toContain('Nissan 0 → 5.65M (+5.65M)');
    expect(compareIn([2017, 2018], 'fr')).toContain('Nissan 0 → 5,65\u00a0M (+5,65\u00a0M)');
    // And down to zero is a fall of the whole figure, a percentage as any other.
    expect(compareIn([2016, 2017])).toContain('Nissan 5.56M → 0 (−100.0%)');
    expect(compareIn([2017, 2018])).not.toMatch(/∞|NaN/);
  });

  it('is empty without a comparison, or when the chart does not show both years', () => {
    expect(compare(null)).toBe('');
    expect(compare([2016, 2023])).toBe('');
    expect(compare([2012, 2017], { yearRange: [2013, 2018] })).toBe('');
  });

  it('speaks French and Japanese', () => {
    expect(compare([2016, 2017], { brands: ['Renault'], lang: 'fr' })).toBe(
      'Comparaison de 2016 avec 2017\u202f: total de l’Alliance 9,96\u00a0M → 10,6\u00a0M (+6,5\u00a0%)\u202f; Renault 3,18\u00a0M → 3,76\u00a0M (+18,2\u00a0%\u202f; le chiffre de 2017 inclut AvtoVAZ).',
    );
    expect(compare([2016, 2017], { brands: ['Renault'], lang: 'ja' })).toBe('2016年と2017年の比較：アライアンス合計 996万台→1,061万台（+6.5%）／Renault 318万台→376万台（+18.2%、2017年はAvtoVAZを含む）。');
    // Each year of a list carries its own 年.
    expect(compare([2012, 2013], { brands: ['Mitsubishi'], lang: 'ja' })).toBe('2012年と2013年の比較：アライアンス合計 810万台→826万台（+2.1%）／Mitsubishi：2012年または2013年の数値なし。');
  });

  it('keys the two frames in the legend while both are drawn, the compared one dashed', () => {
    const theme = lightTheme;
    const years = salesYears(dataset, { yearRange: [2011, 2018], brands: ALL });
    expect(salesCompareKey(years, 2012, 2017, theme, intlFor('en')).map(({ key, label, symbol, dash }) => ({ key, label, symbol, dash }))).toEqual([
      { key: 'at', label: '2012 (as of)', symbol: 'outline', dash: undefined },
      { key: 'vs', label: '2017 (compared)', symbol: 'outline', dash: '5 4' },
    ]);
    expect(salesCompareKey(years, 2012, null, theme, intlFor('en'))).toEqual([]);
    // The cursor's year outside the chart: only the compared frame is drawn, so only it is keyed.
    expect(salesCompareKey(salesYears(dataset, { yearRange: [2011, 2016], brands: ALL }), 2018, 2012, theme, intlFor('en')).map(({ key }) => key)).toEqual(['vs']);
    expect(salesCompareKey(salesYears(dataset, { yearRange: [2011, 2016], brands: ALL }), 2012, 2017, theme, intlFor('en'))).toEqual([]);
  });
});
