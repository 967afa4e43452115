import realDataset from '../../../public/data/alliance.json';
import { Dataset } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { brandIds } from '../../data/catalogue';
import { drawnPart, hasRest } from './drawnPart';
import { salesChartRows, salesFootnotes, salesYears } from './model';

// Figures from the seed's sales table (002_d899d992310475ac.txt): 2017–2018, Renault 3,761,634 / 3,884,295,
// Nissan 5,816,278 / 5,653,683, Mitsubishi 1,030,454 / 1,218,897, AvtoVAZ none (merged to Renault).
const dataset = Dataset.parse(realDataset);
const brands = brandIds(dataset);
const years = salesYears(dataset, { yearRange: [2017, 2018], brands });
const en = intlFor('en');

describe('drawnPart: the brands with bars of their own when more are selected than the chart draws', () => {
  it('keeps the two that sold the most, in the selection’s order, and folds the third, counting its units each year', () => {
    const part = drawnPart(years, brands, 2);
    expect({ brands: part.brands, folded: part.folded, years: part.years.map((y) => [y.cells.map((c) => c.brand), y.foldedUnits]) }).toEqual({
      brands: ['Renault', 'Nissan'],
      folded: 1,
      years: [[['Renault', 'Nissan'], 1030454], [['Renault', 'Nissan'], 1218897]],
    });
  });

  it('leaves the folded brand’s units in the stack’s rest, so the bar still meets the published total', () => {
    const rows = salesChartRows(drawnPart(years, brands, 2).years, 'units', 'stacked');
    expect(rows.map((r) => [r.year, r.others, [...r.values.values()].reduce((a, b) => a + b, 0) + (r.others ?? 0)])).toEqual([
      [2017, 1030454, 10608366],
      [2018, 1218897, 10756875],
    ]);
    expect(hasRest(rows)).toBe(true);
  });

  it('folds nothing while the brands with figures fit: AvtoVAZ has none in 2017–2018, so three brands fit three bars', () => {
    const part = drawnPart(years, brands, 3);
    expect([part.years, part.brands, part.folded]).toEqual([years, brands, 0]);
    expect(hasRest(salesChartRows(part.years, 'units', 'stacked'))).toBe(false);
  });
});

describe('the note on folded brands', () => {
  const part = drawnPart(years, brands, 2);
  // As the chart counts them: 12 brands with bars (MOST_BRANDS_DRAWN), and the others folded.
  it('comes first, says how many have bars and where the rest are, stacked and grouped', () => {
    expect(salesFootnotes(part.years, [], 'units', 'stacked', en, { drawn: 12, folded: 1 })[0]).toBe(
      'Of the 13 selected brands with figures in 2017–2018, the 12 that sold the most have bars of their own; the grey part of each bar holds the one other.',
    );
    expect(salesFootnotes(part.years, [], 'units', 'grouped', en, { drawn: 12, folded: 5 })[0]).toBe(
      'Of the 17 selected brands with figures in 2017–2018, the 12 that sold the most have bars of their own; the other 5 are in the table.',
    );
  });

  it('keeps the switched-off note from saying the grey part is theirs alone', () => {
    expect(salesFootnotes(part.years, ['AvtoVAZ'], 'units', 'stacked', en, { drawn: 12, folded: 1 })).toEqual([
      'Of the 13 selected brands with figures in 2017–2018, the 12 that sold the most have bars of their own; the grey part of each bar holds the one other, and the brands switched off.',
      'Totals are for the whole Alliance, including AvtoVAZ (switched off in the filter).',
    ]);
  });

  it('in French and Japanese', () => {
    expect(salesFootnotes(part.years, [], 'units', 'stacked', intlFor('fr'), { drawn: 12, folded: 1 })[0]).toBe(
      'Sur les 13 marques sélectionnées qui ont des chiffres en 2017–2018, les 12 qui ont le plus vendu ont leurs propres barres\u202f; la partie grise de chaque barre regroupe la marque restante.',
    );
    expect(salesFootnotes(part.years, [], 'units', 'grouped', intlFor('ja'), { drawn: 12, folded: 5 })[0]).toBe(
      '2017～2018年に数値のある選択中の17ブランドのうち、販売台数上位12ブランドを個別の棒で示します。残りの5ブランドは表に記載しています。',
    );
  });
});
