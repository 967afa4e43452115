// Mutation testing of the pure logic with StrykerJS. Run it through `npm run mutate` (scripts/mutate.ts), which
// runs one area at a time with `--mutate` and `--testFiles` and sets MUTATION_REPORT; not part of `npm test` or CI.
// Each mutant runs only the tests that cover it (perTest coverage), in the Node/jsdom projects of
// vitest.mutate.config.ts.
const report = process.env.MUTATION_REPORT ?? 'reports/mutation/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: two test processes at most (MUTATION_CONCURRENCY=1 for one).
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  // Generous: a static (module-level) mutant reloads the test environment, jsdom included, which takes tens of
  // seconds on a busy machine; a shorter limit counts those reloads as time-outs, i.e. as kills. An area whose
  // mutants are not static can take less (MUTATION_TIMEOUT_MS): every mutant that loops forever waits this long.
  timeoutMS: Number(process.env.MUTATION_TIMEOUT_MS ?? 60_000),
  ignorePatterns: ['dist', 'dist-*', 'test-results', 'playwright-report', 'bench-results', 'docs', 'tests', 'bench'],
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `${report}.json` },
  htmlReporter: { fileName: `${report}.html` },
  clearTextReporter: { allowColor: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
};
