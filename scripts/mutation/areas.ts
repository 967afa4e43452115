/**
 * The areas `npm run mutate` scores: which source files each mutates and which unit tests must kill those
 * mutants on their own (vitest.mutate.config.ts runs only those), and the score per area from Stryker's JSON reports
 * (mutation-testing-report-schema): killed and timed-out mutants over every valid one (killed, timeout,
 * survived, no coverage). Ignored mutants — the ones marked equivalent with `// Stryker disable` — and mutants
 * that do not compile count in no score.
 */

export type Area = { name: string; slug: string; mutate: readonly string[]; tests: readonly string[] };

/** Each area's own unit tests, so a mutant is killed by the tests written for its file, not by a page test. */
export const AREAS: readonly Area[] = [
  { name: 'sanitiser', slug: 'sanitiser', mutate: ['src/export/sanitize.ts'], tests: ['src/export/sanitize.test.ts'] },
  { name: 'CSV', slug: 'csv', mutate: ['src/export/csv.ts'], tests: ['src/export/csv.test.ts'] },
  { name: 'verifier', slug: 'verifier', mutate: ['src/data/verify.ts'], tests: ['src/data/verify.test.ts'] },
  { name: 'schema', slug: 'schema', mutate: ['src/data/schema.ts'], tests: ['src/data/schema.test.ts'] },
  {
    name: 'URL parser',
    slug: 'url',
    mutate: ['src/state/urlState.ts', 'src/state/pageMode.ts'],
    tests: ['src/state/urlState.test.ts', 'src/state/urlState.property.test.ts', 'src/state/pageMode.test.ts'],
  },
  {
    name: 'models',
    slug: 'models',
    mutate: ['src/charts/*/{model,layout,text,compare,cursor,format,placement,table,rankedText,countryPaths}.ts', 'src/state/time.ts'],
    tests: ['src/charts/**/*.test.ts', 'src/state/time.test.ts'],
  },
];

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
type ReportFile = { mutants: { status: MutantStatus }[] };
export type MutationReport = { files: Record<string, ReportFile> };
export type AreaScore = { area: string; files: number; killed: number; survived: number; noCoverage: number; ignored: number; score: number | null };

function scoreOf(area: string, files: readonly ReportFile[]): AreaScore {
  const count = (...statuses: MutantStatus[]) => files.reduce((n, f) => n + f.mutants.filter((m) => statuses.includes(m.status)).length, 0);
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  return { area, files: files.length, killed, survived, noCoverage, ignored: count('Ignored'), score: valid === 0 ? null : (100 * killed) / valid };
}

/** One score per area report given (by area name), in AREAS order, then the overall score over all of them. */
export function scoresByArea(reports: ReadonlyMap<string, MutationReport>): AreaScore[] {
  const present = AREAS.filter((a) => reports.has(a.name));
  const filesOf = (name: string) => Object.values(reports.get(name)!.files);
  return [...present.map((a) => scoreOf(a.name, filesOf(a.name))), scoreOf('overall', present.flatMap((a) => filesOf(a.name)))];
}

/** The scores as a Markdown table, the form the README records. */
export function scoreTable(scores: readonly AreaScore[]): string {
  const rows = scores.map((s) => `| ${s.area} | ${s.files} | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.score === null ? '–' : `${s.score.toFixed(1)} %`} |`);
  return ['| area | files | killed | survived | no coverage | equivalent (ignored) | score |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
