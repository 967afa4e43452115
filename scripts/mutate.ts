/**
 * npm run mutate — mutation testing of the pure logic with StrykerJS, one run per area (scripts/mutation/areas.ts):
 * each area's files are mutated and only its own unit tests (vitest.mutate.config.ts) are run against them. Not part of `npm test` or CI.
 *
 *   npm run mutate [-- sanitiser csv …]     areas by slug; all by default
 *   npm run mutate -- --report              only print the scores of the last runs
 *   npm run mutate -- --ignore-static …     leave out module-level mutants no test reaches (Stryker's ignoreStatic):
 *                                           each would rerun every test of its area; the scores count them apart
 *
 * Reports: reports/mutation/<slug>.json and .html (git-ignored). Runs are incremental: a rerun tests only the
 * mutants whose code or tests changed (delete reports/mutation/<slug>.incremental.json to start over).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { AREAS, scoresByArea, scoreTable, type MutationReport } from './mutation/areas.ts';

const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const ignoreStatic = args.includes('--ignore-static') ? ['--ignoreStatic'] : [];
const slugs = args.filter((a) => !a.startsWith('--'));
const unknown = slugs.filter((s) => !AREAS.some((a) => a.slug === s));
if (unknown.length) {
  console.error(`mutate: unknown area ${unknown.join(', ')}; areas: ${AREAS.map((a) => a.slug).join(', ')}`);
  process.exit(2);
}
const chosen = AREAS.filter((a) => slugs.length === 0 || slugs.includes(a.slug));
const reportPath = (slug: string) => `reports/mutation/${slug}`;

let failed = false;
if (!reportOnly) {
  for (const area of chosen) {
    console.log(`\n== ${area.name} ==`);
    const run = spawnSync('npx', ['stryker', 'run', '--mutate', area.mutate.join(','), '--incremental', '--incrementalFile', `${reportPath(area.slug)}.incremental.json`, ...ignoreStatic], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_REPORT: reportPath(area.slug), MUTATION_TESTS: area.tests.join(',') },
    });
    failed ||= run.status !== 0;
  }
}

const reports = new Map<string, MutationReport>();
for (const area of AREAS) {
  const file = `${reportPath(area.slug)}.json`;
  if (existsSync(file)) reports.set(area.name, JSON.parse(readFileSync(file, 'utf8')) as MutationReport);
}
console.log(`\n${scoreTable(scoresByArea(reports))}`);
process.exit(failed ? 1 : 0);
