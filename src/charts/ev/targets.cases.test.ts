import type { Dataset, EvMilestone, Target } from '../../data/schema';
import { intlFor } from '../../i18n/intl';
import { smallDataset } from '../../test/smallDataset';
import { evTargets, evTargetSummary, targetMarkLabel, targetName, targetOutcomeText, targetVerdictText, type EvReported, type EvTarget } from './targets';

// One series' hand-made milestones and targets: each target's outcome is known by construction.
const en = intlFor('en');
const month = (year: number, m: number) => year * 12 + m - 1;
const milestone = (date: string, units: number, extra: Partial<EvMilestone> = {}): EvMilestone => ({ date, series: 'leaf', units, measure: 'sales', source: 's', ...extra });
const target = (year: number, amount: number, extra: Partial<Target> = {}): Target => ({
  year, amount, unit: 'evs', period: null, measure: 'ev-sales', series: 'leaf', label: `${amount} by ${year}`, source: 't', ...extra,
});

const MILESTONES: EvMilestone[] = [
  milestone('2014-06', 100_000),
  milestone('2014-06', 90_000), // the same month, listed after a higher count
  milestone('2015-12', 200_000),
  milestone('2016-09', 280_000), // listed before an earlier month
  milestone('2016-03', 250_000, { qualifier: 'over' }), // "over 250,000": proves no miss
  milestone('2015-01', 900_000, { measure: 'production' }),
  milestone('2015-01', 900_000, { series: 'zoe' }),
];
const TARGETS: Target[] = [
  target(2015, 200_000), // reached in its deadline's very month
  target(2015, 300_000), // 280,000 after the deadline proves it missed
  target(2015, 260_000), // after the deadline only "over 250,000" and 280,000: not proven either way
  target(2015, 280_000), // 280,000 after the deadline is no proof of a miss: it may have been reached in time
  target(2014, 150_000),
  target(2017, 500_000), // production and another series' counts do not reach it
  target(2015, 1, { measure: 'sales' }),
  target(2015, 1, { series: 'zoe' }),
  target(2015, 1, { series: undefined }),
];
const data = { ...smallDataset, evMilestones: MILESTONES, targets: TARGETS } as Dataset;
const WINDOW = { start: month(2014, 1), end: month(2017, 12) };
const reported = (units: number, year: number, m: number, qualifier: EvReported['qualifier'] = null): EvReported => ({ units, qualifier, month: month(year, m) });

describe('evTargets on hand-made milestones', () => {
  it('judges each EV-sales target by the series’ sales milestones around its year end', () => {
    expect(evTargets(data, WINDOW).map((t) => [t.index, t.status, t.before, t.after])).toEqual([
      [0, 'met', reported(200_000, 2015, 12), reported(250_000, 2016, 3, 'over')],
      [1, 'missed', reported(200_000, 2015, 12), reported(280_000, 2016, 9)],
      [2, 'unknown', reported(200_000, 2015, 12), reported(250_000, 2016, 3, 'over')],
      [3, 'unknown', reported(200_000, 2015, 12), reported(250_000, 2016, 3, 'over')],
      [4, 'unknown', reported(100_000, 2014, 6), reported(200_000, 2015, 12)],
      [5, 'unknown', reported(280_000, 2016, 9), null],
    ]);
  });

  it('carries the record’s own words and positions', () => {
    const withWords = { ...data, targets: [target(2015, 200_000, { setIn: 2010, revisedIn: 2013, quote: 'q', note: 'n' })] };
    expect(evTargets(withWords, WINDOW)).toEqual([{
      key: 'target-0', index: 0, year: 2015, month: month(2015, 12), amount: 200_000, label: '200000 by 2015', seriesId: 'leaf', seriesLabel: 'Nissan Leaf',
      setIn: 2010, revisedIn: 2013, status: 'met', before: reported(200_000, 2015, 12), after: reported(250_000, 2016, 3, 'over'), source: 't', quote: 'q', note: 'n',
    }]);
    expect(evTargets(data, WINDOW)[0]).toMatchObject({ setIn: null, revisedIn: null, quote: null, note: null });
  });

  it('keeps a target whose December is the window’s first or last month, and none without a window', () => {
    const only2015 = { start: month(2015, 12), end: month(2015, 12) };
    expect(evTargets(data, only2015).map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(evTargets(data, { start: month(2016, 1), end: month(2017, 11) })).toEqual([]);
    expect(evTargets(data, null)).toEqual([]);
  });
});

describe('target words', () => {
  const judged = (index: number) => evTargets(data, WINDOW).find((t) => t.index === index)!;
  const bare = (before: EvTarget['before'], after: EvTarget['after']): EvTarget => ({ ...judged(1), before, after });

  it('words the outcome from what was reported before and after the deadline', () => {
    expect([
      targetOutcomeText(judged(1), en),
      targetOutcomeText(bare(reported(5_000, 2015, 12), null), en),
      targetOutcomeText(bare(null, reported(7_000, 2016, 1)), en),
      targetOutcomeText(bare(null, null), en),
    ]).toEqual(['200,000 reported by December 2015; 280,000 in September 2016', '5,000 reported by December 2015', '7,000 in January 2016', '']);
  });

  it('words each reported count as its source bounds it', () => {
    expect(targetOutcomeText(bare(reported(5_000, 2015, 12, 'over'), reported(7_000, 2016, 1, 'almost')), en)).toBe('more than 5,000 reported by December 2015; almost 7,000 in January 2016');
    expect(targetOutcomeText(bare(reported(5_000, 2015, 12, 'about'), null), intlFor('ja'))).toBe('2015年12月までに約5,000台と報告');
  });

  it('gives the verdict, the accessible name and the marks’ labels', () => {
    expect([targetVerdictText(judged(0), en), targetVerdictText(bare(null, null), en), targetVerdictText({ ...judged(2), before: null, after: null }, en)]).toEqual([
      'Met: 200,000 reported by December 2015; more than 250,000 in March 2016', 'Missed', 'Outcome not reported',
    ]);
    expect(targetName(judged(1), en)).toBe('Target: 300000 by 2015, 300,000. Missed: 200,000 reported by December 2015; 280,000 in September 2016');
    expect([targetMarkLabel(judged(0), false, en), targetMarkLabel(judged(2), false, en), targetMarkLabel(judged(2), true, en), targetMarkLabel(judged(0), true, en)]).toEqual([
      '2015 target: 200,000, met', '2015 target: 260,000', '2015 target', '2015: met',
    ]);
  });

  it('sums up one target, several, and none', () => {
    const [met, missed] = evTargets(data, WINDOW);
    expect(evTargetSummary([], en)).toBe('');
    expect(evTargetSummary([{ ...met!, before: null, after: null }], en)).toBe('Target: 200000 by 2015, met.');
    expect(evTargetSummary([met!, missed!], en)).toBe(
      'Targets: 200000 by 2015, met (200,000 reported by December 2015; more than 250,000 in March 2016); 300000 by 2015, missed (200,000 reported by December 2015; 280,000 in September 2016).',
    );
  });
});
