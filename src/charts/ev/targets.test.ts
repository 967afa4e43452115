import { dataset } from '../../test/renderWithProviders';
import type { Dataset } from '../../data/schema';
import { evWindow } from './model';
import { intlFor } from '../../i18n/intl';
import { evTargets, evTargetSummary, targetMarkLabel, targetName, targetOutcomeText, targetVerdictText } from './targets';

const en = intlFor('en');

// Computed inside each test, never when the file loads: a model's code run at load time makes every mutant in it
// "static" for `npm run mutate`, rerunning every test of the area instead of the few that reach it.
const full = () => evWindow(dataset, [1999, 2023]);

describe('evTargets', () => {
  it('gives the two 1.5 million targets, each missed, with what the Alliance reported around its year end', () => {
    // Seed: "1.5 million electric cars as early as 2016" (revised in 2013) and "1.5 million electric vehicles by 2020";
    // the table: Aug 2016 350,000, Jan 2017 400,000, Dec 2019 800,000 (row above's date), Dec 2021 1 million.
    expect(evTargets(dataset, full()).map((t) => [t.index, t.year, t.amount, t.setIn, t.revisedIn, t.status, t.before, t.after])).toEqual([
      [1, 2016, 1_500_000, null, 2013, 'missed', { units: 350_000, qualifier: null, month: 2016 * 12 + 7 }, { units: 400_000, qualifier: null, month: 2017 * 12 }],
      [2, 2020, 1_500_000, 2013, null, 'missed', { units: 800_000, qualifier: null, month: 2019 * 12 + 11 }, { units: 1_000_000, qualifier: null, month: 2021 * 12 + 11 }],
    ]);
  });

  it('words the outcome and the short label from the records', () => {
    const [first, second] = evTargets(dataset, full());
    expect([targetOutcomeText(second!, en), targetMarkLabel(first!, false, en), targetMarkLabel(second!, true, en)]).toEqual([
      '800,000 reported by December 2019; 1 million in December 2021', '2016 target: 1.5 million, missed', '2020: missed',
    ]);
  });

  it('draws only targets whose year ends inside the window', () => {
    expect(evTargets(dataset, evWindow(dataset, [2011, 2018])).map((t) => t.year)).toEqual([2016]);
  });

  it('sums them up in one sentence', () => {
    expect(evTargetSummary(evTargets(dataset, full()), en)).toBe(
      'Targets: 1.5 million EVs as early as 2016 (first target), missed (350,000 reported by August 2016; 400,000 in January 2017); ' +
        '1.5 million EVs by 2020 (revised in 2013), missed (800,000 reported by December 2019; 1 million in December 2021).',
    );
  });

  it('calls a target met when a milestone reached it by the year end, and unknown without proof', () => {
    const base = { units: 0, measure: 'sales' as const, source: 'wiki-alliance' };
    const fixture: Dataset = {
      ...dataset,
      evMilestones: [
        { ...base, series: 'alliance', date: '2015-06', units: 1_600_000 },
        // A "more than" figure after the deadline proves nothing about the deadline.
        { ...base, series: 'leaf', date: '2021-01', units: 100, qualifier: 'over' },
      ],
      targets: [
        { ...dataset.targets[2]!, year: 2015 },
        { ...dataset.targets[2]!, series: 'leaf', year: 2020 },
      ],
    };
    expect(evTargets(fixture, { start: 2009 * 12, end: 2021 * 12 + 11 }).map((t) => t.status)).toEqual(['met', 'unknown']);
  });

  it('words labels, verdicts, outcomes, names and the summary in French and Japanese', () => {
    const [first, second] = evTargets(dataset, full());
    const fr = intlFor('fr');
    const ja = intlFor('ja');
    const nb = '\u202f';
    expect([targetMarkLabel(first!, false, fr), targetMarkLabel(second!, true, fr), targetVerdictText(second!, fr)]).toEqual([
      `Objectif 2016${nb}: 1${nb}500${nb}000, manqué`, `2020${nb}: manqué`,
      `Manqué${nb}: 800${nb}000 annoncés en décembre 2019${nb}; 1${nb}000${nb}000 en décembre 2021`,
    ]);
    expect([targetMarkLabel(first!, false, ja), targetMarkLabel(second!, true, ja), targetVerdictText(second!, ja)]).toEqual([
      '2016年の目標：150万台、未達', '2020年：未達', '未達：2019年12月までに80万台と報告、2021年12月に100万台',
    ]);
    expect(targetName(second!, en)).toBe(
      'Target: 1.5 million EVs by 2020 (revised in 2013), 1.5 million. Missed: 800,000 reported by December 2019; 1 million in December 2021',
    );
    expect(evTargetSummary([second!], ja)).toBe(
      '目標：1.5 million EVs by 2020 (revised in 2013)、未達（2019年12月までに80万台と報告、2021年12月に100万台）。',
    );
    expect(evTargetSummary([first!, second!], fr)).toMatch(new RegExp(`^Objectifs${nb}: 1\\.5 million EVs as early as 2016 \\(first target\\), manqué \\(.*\\)${nb}; 1\\.5 million EVs by 2020`));
  });
});
