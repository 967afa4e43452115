/**
 * The areas `npm run mutate` scores: which source files each mutates and which unit tests must kill those
 * mutants on their own (vitest.mutate.config.ts runs only those), and the score per area from Stryker's JSON reports
 * (mutation-testing-report-schema): killed and timed-out mutants over every valid one (killed, timeout,
 * survived, no coverage). Ignored mutants — the ones marked equivalent with `// Stryker disable` — and mutants
 * that do not compile count in no score.
 *
 * One correction: a static mutant that makes its module throw on import (`text = () => undefined` in the
 * schema) leaves the test files with no tests, and Stryker 9.6's vitest runner then reports it "Survived" with
 * zero tests completed (stryker-js#6213). Every test of the area failed to load, so it is counted as killed, in
 * its own column.
 *
 * A run with `--ignore-static` (Stryker's ignoreStatic) does not run module-level mutants that no test reaches:
 * they are reported "Ignored" with Stryker's reason, and counted apart from the ones marked equivalent.
 */

export type Area = { name: string; slug: string; mutate: readonly string[]; tests: readonly string[] };

/** The files of a view that hold pure logic, by role; a view has some of them. */
const MODEL_ROLES = ['model', 'layout', 'text', 'compare', 'cursor', 'format', 'placement', 'table', 'rankedText', 'countryPaths'];

/** Each area's own unit tests, so a mutant is killed by the tests written for its file, not by a page test. */
export const AREAS: readonly Area[] = [
  // In two parts: most of the allowlist's mutants are module-level ("static") and rerun every test of their area,
  // so its pure decisions are killed in Node, and only the tree walk's few mutants pay for jsdom.
  { name: 'sanitiser allowlist', slug: 'allowlist', mutate: ['src/export/svgAllowlist.ts'], tests: ['src/export/svgAllowlist.test.ts'] },
  { name: 'sanitiser tree walk', slug: 'sanitiser', mutate: ['src/export/sanitize.ts'], tests: ['src/export/sanitize.test.ts'] },
  { name: 'CSV', slug: 'csv', mutate: ['src/export/csv.ts'], tests: ['src/export/csv.test.ts'] },
  { name: 'verifier', slug: 'verifier', mutate: ['src/data/verify.ts'], tests: ['src/data/verify.test.ts'] },
  // The rules across records live in crossChecks.ts since the page checks a file without zod; schema.test.ts runs them through zod.
  { name: 'schema', slug: 'schema', mutate: ['src/data/schema.ts', 'src/data/crossChecks.ts', 'src/data/codePointLength.ts'], tests: ['src/data/schema.test.ts', 'src/data/codePointLength.test.ts'] },
  {
    name: 'URL parser',
    slug: 'url',
    mutate: ['src/state/urlState.ts', 'src/state/pageMode.ts'],
    // Not the round-trip property test: a thousand generated links per run, minutes per mutant on this machine.
    tests: ['src/state/urlState.test.ts', 'src/state/pageMode.test.ts'],
  },
  // The models view by view, so that each run finishes on a shared machine; each view's mutants meet only that
  // view's unit tests.
  modelsOf('sales', 'sales'),
  // The EV view in two, so that each run finishes on a shared machine: every mutant reruns the EV tests that reach
  // it, and its lines and layout are reached by nearly all of them.
  {
    name: 'models: EV cursor, formats, table, targets',
    slug: 'models-ev-words',
    mutate: ['cursor', 'format', 'table', 'targets', 'targetLayout'].map((role) => `src/charts/ev/${role}.ts`),
    tests: ['src/charts/ev/*.test.ts'],
  },
  {
    name: 'models: EV lines and layout',
    slug: 'models-ev',
    mutate: ['model', 'layout', 'cursorLayout', 'placement'].map((role) => `src/charts/ev/${role}.ts`),
    tests: ['src/charts/ev/*.test.ts'],
  },
  // The ownership view in two: its diagram's mutants meet the collision tests (every change year in both layouts,
  // and generated graphs), a second or more each; its words' mutants meet only the word tests.
  {
    name: 'models: ownership words',
    slug: 'models-ownership-words',
    mutate: ['src/charts/ownership/text.ts', 'src/charts/ownership/compare.ts', 'src/charts/ownership/compareText.ts'],
    tests: ['text', 'text.cases', 'compare', 'compare.cases', 'longNames'].map((name) => `src/charts/ownership/${name}.test.ts`),
  },
  {
    name: 'models: ownership diagram',
    slug: 'models-ownership-diagram',
    mutate: ['model', 'layout', 'autoPlace', 'boxGrid'].map((role) => `src/charts/ownership/${role}.ts`),
    tests: ['model', 'layout.cases', 'autoPlace', 'boxGrid', 'mostConnected', 'longNames'].map((name) => `src/charts/ownership/${name}.test.ts`),
  },
  modelsOf('plants', 'plants'),
  { name: 'models: time', slug: 'models-time', mutate: ['src/state/time.ts', 'src/state/filters.ts'], tests: ['src/state/time.test.ts', 'src/state/filters.test.ts'] },
  { name: 'models: plant capacity', slug: 'models-capacity', mutate: ['src/data/capacity.ts'], tests: ['src/data/capacity.test.ts'] },
  // What the service worker answers and when the page counts as kept: a wrong answer serves a stale page or none offline.
  {
    name: 'offline',
    slug: 'offline',
    // The plugin's pure part only (its file list and version, lines 14–37): its build hooks run in a real build,
    // which the browser suite's offline tests cover, and no unit test can reach them.
    mutate: ['src/offline/offlineAnswer.ts', 'src/offline/keepOffline.ts', 'scripts/offlinePlugin.ts:14-37'],
    tests: ['src/offline/offlineAnswer.test.ts', 'src/offline/keepOffline.test.ts', 'scripts/offlinePlugin.test.ts'],
  },
];

/** A view's pure logic and the view's own .ts unit tests. Paths, not a {brace} glob: `--mutate` is split on commas. */
function modelsOf(name: string, folder: string): Area {
  return {
    name: `models: ${name}`,
    slug: `models-${folder}`,
    mutate: MODEL_ROLES.map((role) => `src/charts/${folder}/${role}.ts`),
    tests: [`src/charts/${folder}/*.test.ts`],
  };
}

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
type Mutant = { status: MutantStatus; statusReason?: string; static?: boolean; testsCompleted?: number };
type ReportFile = { mutants: Mutant[] };
export type MutationReport = { files: Record<string, ReportFile> };
export type AreaScore = {
  area: string;
  files: number;
  killed: number;
  /** Static mutants whose module failed to load (counted in `killed`). */
  failedImport: number;
  survived: number;
  noCoverage: number;
  /** Marked equivalent in the code. */
  ignored: number;
  /** Module-level mutants left out by `--ignore-static`: not run, in no score. */
  staticNotRun: number;
  score: number | null;
};

const isFailedImport = (m: Mutant) => m.status === 'Survived' && m.static === true && m.testsCompleted === 0;
const isStaticNotRun = (m: Mutant) => m.status === 'Ignored' && m.statusReason?.startsWith('Static mutant') === true;

function scoreOf(area: string, files: readonly ReportFile[]): AreaScore {
  const mutants = files.flatMap((f) => f.mutants);
  const count = (test: (m: Mutant) => boolean) => mutants.filter(test).length;
  const failedImport = count(isFailedImport);
  const killed = count((m) => m.status === 'Killed' || m.status === 'Timeout') + failedImport;
  const survived = count((m) => m.status === 'Survived') - failedImport;
  const noCoverage = count((m) => m.status === 'NoCoverage');
  const valid = killed + survived + noCoverage;
  return { area, files: files.length, killed, failedImport, survived, noCoverage, ignored: count((m) => m.status === 'Ignored') - count(isStaticNotRun), staticNotRun: count(isStaticNotRun), score: valid === 0 ? null : (100 * killed) / valid };
}

/** One score per area report given (by area name), in AREAS order, then the overall score over all of them. */
export function scoresByArea(reports: ReadonlyMap<string, MutationReport>): AreaScore[] {
  const present = AREAS.filter((a) => reports.has(a.name));
  const filesOf = (name: string) => Object.values(reports.get(name)!.files);
  return [...present.map((a) => scoreOf(a.name, filesOf(a.name))), scoreOf('overall', present.flatMap((a) => filesOf(a.name)))];
}

/** The scores as a Markdown table, the form the README records. */
export function scoreTable(scores: readonly AreaScore[]): string {
  const rows = scores.map(
    (s) => `| ${s.area} | ${s.files} | ${s.killed} | ${s.failedImport} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.staticNotRun} | ${s.score === null ? '–' : `${s.score.toFixed(1)} %`} |`,
  );
  const header = '| area | files | killed | of which: module failed to load | survived | no coverage | marked equivalent | static, not run | score |';
  return [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
