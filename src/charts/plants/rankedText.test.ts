import { dataset } from '../../test/renderWithProviders';
import { rankedGroups } from './model';
import { rankedLines } from './rankedText';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

describe('rankedLines', () => {
  it('writes one line per unit, plants in ranked order with their figures qualified as the seed words them (Decherd: 250,000 engines, no period)', () => {
    const groups = rankedGroups(dataset.plants, { yearRange: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], allBrands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] });
    expect(rankedLines(groups, en)).toEqual([
      'Vehicles a year: Chennai 400,000 (planned)\u00a0· São José dos Pinhais 380,000 (planned)\u00a0· Togliatti 350,000 (one production line)\u00a0· Aguascalientes 300,000 (planned)\u00a0· '
        + 'Resende 200,000\u00a0· Tangier 170,000 (planned\u00a0· one production line)\u00a0· Busan 80,000 (one model)',
      'Engines: Decherd 250,000 (planned\u00a0· one engine family\u00a0· no period given)',
      'Batteries a year: Zama 65,000',
    ]);
  });

  it('sets its colons as each language does: French after a narrow no-break space, Japanese full-width', () => {
    const groups = rankedGroups(dataset.plants, { yearRange: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], allBrands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] });
    const heads = (lang: 'fr' | 'ja') => rankedLines(groups, intlFor(lang)).map((line) => line.slice(0, line.search(/[:：]/) + 1));
    expect(heads('fr')).toEqual(['Véhicules par an\u202f:', 'Moteurs\u202f:', 'Batteries par an\u202f:']);
    expect(heads('ja')).toEqual(['車両（年間）：', 'エンジン：', 'バッテリー（年間）：']);
  });

  it('has no line for no plant', () => {
    expect(rankedLines([], en)).toEqual([]);
  });
});
