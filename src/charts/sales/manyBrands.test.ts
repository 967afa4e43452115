import realDataset from '../../../public/data/alliance.json';
import { Dataset } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { brandIds } from '../../data/catalogue';
import { drawnPart, manyBrandsNote, othersLabel } from './manyBrands';
import { salesChartRows, salesYears } from './model';

// Figures from the seed's sales table (002_d899d992310475ac.txt): 2017–2018, Renault 3,761,634 / 3,884,295,
// Nissan 5,816,278 / 5,653,683, Mitsubishi 1,030,454 / 1,218,897, AvtoVAZ none (merged to Renault).
const dataset = Dataset.parse(realDataset);
const brands = brandIds(dataset);
const years = salesYears(dataset, { yearRange: [2017, 2018], brands });

describe('drawnPart: the brands with bars of their own when more are selected than the chart draws', () => {
  it('keeps the two that sold the most, in the selection’s order, and folds the third into the grey rest', () => {
    const part = drawnPart(years, brands, 2);
    expect(part && { brands: part.brands, folded: part.folded, cells: part.years.map((y) => y.cells.map((c) => c.brand)) }).toEqual({
      brands: ['Renault', 'Nissan'],
      folded: 1,
      cells: [['Renault', 'Nissan'], ['Renault', 'Nissan']],
    });
  });

  it('leaves the folded brand’s units in the stack’s rest, so the bar still meets the published total', () => {
    const rows = salesChartRows(drawnPart(years, brands, 2)!.years, 'units', 'stacked');
    expect(rows.map((r) => [r.year, r.others, [...r.values.values()].reduce((a, b) => a + b, 0) + (r.others ?? 0)])).toEqual([
      [2017, 1030454, 10608366],
      [2018, 1218897, 10756875],
    ]);
  });

  it('folds nothing (null) while the brands with figures fit: AvtoVAZ has none in 2017–2018, so three brands fit three bars', () => {
    expect(drawnPart(years, brands, 3)).toBeNull();
  });

  it('ranks a brand with no figure after every brand with one, even one that sold nothing', () => {
    const zero = years.map((y) => ({ ...y, cells: y.cells.map((c) => (c.brand === 'Mitsubishi' ? { ...c, units: 0 } : c)) }));
    expect(drawnPart(zero, ['AvtoVAZ', 'Mitsubishi', 'Nissan', 'Renault'], 2)?.brands).toEqual(['Nissan', 'Renault']);
    expect(drawnPart(zero, ['AvtoVAZ', 'Mitsubishi', 'Nissan', 'Renault'], 2)?.folded).toBe(1);
  });
});

describe('manyBrandsNote and othersLabel', () => {
  const part = drawnPart(years, brands, 2)!;
  it('says how many have bars, and where the rest are, stacked and grouped', () => {
    const en = intlFor('en');
    expect(manyBrandsNote(part, years, 'stacked', en)).toBe(
      'Of the 3 selected brands with figures in 2017–2018, the 2 that sold the most have bars of their own; the grey part of each bar holds the other one, with any brands switched off.',
    );
    expect(manyBrandsNote({ ...part, folded: 5 }, years, 'grouped', en)).toBe(
      'Of the 7 selected brands with figures in 2017–2018, the 2 that sold the most have bars of their own; the other 5 are in the table.',
    );
    expect(othersLabel(en)).toBe('Other brands');
  });

  it('in French and Japanese', () => {
    expect(manyBrandsNote(part, years, 'grouped', intlFor('fr'))).toBe(
      'Sur les 3 marques sélectionnées qui ont des chiffres en 2017–2018, les 2 qui ont le plus vendu ont leurs propres barres\u202f; l’autre figure dans le tableau.',
    );
    expect(othersLabel(intlFor('ja'))).toBe('その他のブランド');
  });
});
