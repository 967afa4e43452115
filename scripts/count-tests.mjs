import { readFileSync } from 'node:fs';

// Sums the pass/fail counts that vitest ("Tests  3 failed | 120 passed (123)") and Playwright
// ("  12 passed (5.3s)", "  1 failed") print, and ends with the plain line CI reads.
// eslint-disable-next-line no-control-regex
const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    continue;
  }
  const pw = /^\s+(\d+) (passed|failed|flaky)\b/.exec(line);
  if (pw) {
    if (pw[2] === 'passed') passed += Number(pw[1]);
    else failed += Number(pw[1]);
  }
}
console.log(`${passed} passed, ${failed} failed`);
