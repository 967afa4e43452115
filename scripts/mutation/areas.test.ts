import { describe, expect, it } from 'vitest';
import { scoresByArea, scoreTable, type MutationReport } from './areas.ts';

type Mutant = MutationReport['files'][string]['mutants'][number];
const file = (...statuses: (Mutant['status'] | Mutant)[]) => ({ mutants: statuses.map((status) => (typeof status === 'string' ? { status } : status)) });

describe('scoresByArea', () => {
  const reports = new Map<string, MutationReport>([
    ['models: EV lines and layout', { files: { 'src/charts/ev/layout.ts': file('Survived'), 'src/charts/ev/model.ts': file('Killed') } }],
    ['sanitiser tree walk', { files: { 'src/export/sanitize.ts': file('Killed', 'Killed', 'Timeout', 'Survived') } }],
    ['URL parser', { files: { 'src/state/urlState.ts': file('Killed', 'NoCoverage', 'Ignored', 'CompileError'), 'src/state/pageMode.ts': file('Killed', 'Killed') } }],
  ]);

  it('counts killed and timed-out mutants over every valid one, per area in print order, then overall', () => {
    expect(scoresByArea(reports).map((s) => [s.area, s.files, s.killed, s.survived, s.noCoverage, s.ignored, s.score])).toEqual([
      ['sanitiser tree walk', 1, 3, 1, 0, 0, 75],
      ['URL parser', 2, 3, 0, 1, 1, 75],
      ['models: EV lines and layout', 2, 1, 1, 0, 0, 50],
      ['overall', 5, 7, 2, 1, 1, 70],
    ]);
  });

  it('counts a static mutant that ran no test (its module failed to load) as killed, and says so', () => {
    const schema = { files: { 'src/data/schema.ts': file({ status: 'Survived', static: true, testsCompleted: 0 }, { status: 'Survived', static: true, testsCompleted: 53 }, { status: 'Survived', static: false, testsCompleted: 0 }) } };
    const [score] = scoresByArea(new Map([['schema', schema]]));
    expect([score!.killed, score!.failedImport, score!.survived]).toEqual([1, 1, 2]);
  });

  it('counts module-level mutants left out by --ignore-static apart from those marked equivalent, in no score', () => {
    const notRun = { status: 'Ignored', statusReason: 'Static mutant (and "ignoreStatic" was enabled)' } as const;
    const marked = { status: 'Ignored', statusReason: 'Equivalent: the list is never empty' } as const;
    const [score] = scoresByArea(new Map([['models: ownership diagram', { files: { 'src/charts/ownership/layout.ts': file(notRun, notRun, marked, 'Killed', 'Survived') } }]]));
    expect([score!.ignored, score!.staticNotRun, score!.killed, score!.survived, score!.score]).toEqual([1, 2, 1, 1, 50]);
  });

  it('has no score for an area whose mutants are all ignored', () => {
    expect(scoresByArea(new Map([['CSV', { files: { 'src/export/csv.ts': file('Ignored') } }]]))[0]!.score).toBeNull();
  });

  it('prints a Markdown row per area', () => {
    const scores = scoresByArea(new Map([['CSV', { files: { 'src/export/csv.ts': file('Killed', 'Survived', 'Killed') } }]]));
    expect(scoreTable(scores).split('\n').slice(2)).toEqual(['| CSV | 1 | 2 | 0 | 1 | 0 | 0 | 0 | 66.7 % |', '| overall | 1 | 2 | 0 | 1 | 0 | 0 | 0 | 66.7 % |']);
  });
});
