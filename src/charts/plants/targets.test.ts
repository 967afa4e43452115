import { dataset } from '../../test/renderWithProviders';
import { builtFigureText, capacityTargetLines, capacityTargets, capacityTargetsSummary, targetWhere, targetWhereNote } from './targets';
import { plantsTable } from './table';
import { plantRows } from './model';
import { intlFor } from '../../i18n/intl';

const ALL = [1999, 2023] as const;
const en = intlFor('en');

describe('capacityTargets', () => {
  it('sets each capacity target against the stated figures of its plants in effect by its year', () => {
    // Seed: "Alliance battery production capacity is expected to be 500,000 units a year by the end of 2013" and
    // AESC Zama's "annual capacity is 65,000 units"; "a Russian capacity of at least 1.7 million cars per year
    // starting in 2016" and Togliatti's "assembly line has a maximum capacity of 350,000 cars per year".
    expect(capacityTargets(dataset, ALL).map((t) => [t.index, t.year, t.amount, t.unit, t.isMinimum, targetWhere(t, en), t.built.map((b) => [b.plant.id, b.amount, builtFigureText(b, en)])])).toEqual([
      [3, 2013, 500_000, 'batteries', false, 'all Alliance plants', [['zama', 65_000, '65,000 batteries a year']]],
      [4, 2016, 1_700_000, 'vehicles', true, 'Russia', [['togliatti', 350_000, '350,000 vehicles a year (one production line)']]],
    ]);
  });

  it('names where a target applies beside its label only where the label does not: "Russian capacity…" needs no "(Russia)"', () => {
    expect(capacityTargets(dataset, ALL).map((t) => targetWhereNote(t, en))).toEqual(['all Alliance plants', null]);
  });

  it('never counts a planned figure as built: a plan in the target area is left out', () => {
    const planned = { ...dataset, plants: dataset.plants.map((p) => (p.id === 'togliatti' ? { ...p, capacities: [{ ...p.capacities[0]!, basis: 'planned' as const }] } : p)) };
    expect(capacityTargets(planned, ALL)[1]?.built).toEqual([]);
  });

  it('shows only the targets whose year is in the range', () => {
    expect(capacityTargets(dataset, [2014, 2018]).map((t) => t.year)).toEqual([2016]);
  });

  it('words the summary, the export lines and the table rows as planned against stated', () => {
    const targets = capacityTargets(dataset, ALL);
    const rows = plantsTable(dataset.plants, { yearRange: [...ALL], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], allBrands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] }, intlFor('en'), targets).rows;
    expect([capacityTargetsSummary(targets, en), capacityTargetLines(targets, en)[1], rows.length - dataset.plants.length, rows.at(-1)]).toEqual([
      'Targets (planned; the sources do not say whether they were met): Alliance battery capacity of 500,000 a year by the end of 2013; stated by 2013: Zama 65,000 batteries a year. ' +
        'Russian capacity of at least 1.7 million cars a year from 2016; stated by 2016: Togliatti 350,000 vehicles a year (one production line).',
      'Target (planned): Russian capacity of at least 1.7 million cars a year from 2016. Stated by 2016: Togliatti 350,000 vehicles a year (one production line).',
      2,
      {
        plant: 'Target: Russian capacity of at least 1.7 million cars a year from 2016', city: null, country: 'Russia', brands: 'Alliance',
        capacity: 1_700_000, unit: 'vehicles', period: 'year', basis: 'target (planned)', covers: 'at least this figure', from: '2016',
        others: 'stated by 2016: Togliatti 350,000 vehicles a year (one production line)', opened: null, openedBasis: null, status: 'target', source: 'wiki-alliance',
      },
    ]);
    expect(plantRows(dataset.plants, { yearRange: [...ALL], brands: [], allBrands: [] })).toHaveLength(dataset.plants.length);
  });

  it('words the export lines, the summary and a table row in French and Japanese', () => {
    const targets = capacityTargets(dataset, ALL);
    const fr = intlFor('fr');
    const ja = intlFor('ja');
    const filters = { yearRange: [...ALL] as [number, number], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], allBrands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] };
    expect(capacityTargetLines(targets, fr)[1]).toBe(
      'Objectif (prévu). Russian capacity of at least 1.7 million cars a year from 2016. Indiqué en 2016\u202f: Togliatti 350\u202f000 véhicules par an (une ligne de production).',
    );
    expect(capacityTargetLines(targets, ja)[0]).toBe('目標（計画）：Alliance battery capacity of 500,000 a year by the end of 2013。2013年までの記載：Zama 年間6万5,000個。');
    expect(capacityTargetsSummary(targets.slice(0, 1), ja)).toBe('目標（計画。達成されたかは出典に記載なし）：Alliance battery capacity of 500,000 a year by the end of 2013、2013年までの記載：Zama 年間6万5,000個。');
    expect(plantsTable(dataset.plants, filters, ja, targets).rows.at(-2)).toMatchObject({
      plant: '目標：Alliance battery capacity of 500,000 a year by the end of 2013', country: 'アライアンスの全工場', basis: '目標（計画）', covers: '目標の対象全体', status: '目標',
    });
  });
});
