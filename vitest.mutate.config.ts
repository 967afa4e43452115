/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import base, { DOM_UNIT_TESTS } from './vite.config.ts';

/**
 * The unit tests `npm run mutate` runs against each mutant: one area's own tests (scripts/mutation/areas.ts), named
 * by scripts/mutate.ts in MUTATION_TESTS. They are chosen here rather than with Stryker's `--testFiles`, under which
 * Stryker 9.6 activates a module-level ("static") mutant only after the module has loaded, so every one survives
 * (stryker-js#6144). Files that need no DOM run in Node, as in `npm test` (DOM_UNIT_TESTS, vite.config.ts): jsdom
 * costs about a second a file on this machine. Of the app's test setup only the loading of the French and
 * Japanese catalogs is kept (the models word things in every language): the areas' DOM files (the sanitiser's
 * tree walk) need no matchers or React clean-up. An area that listed a DOM file rendering React would need them.
 */
const AREA_TESTS = process.env.MUTATION_TESTS?.split(',') ?? ['src/**/*.test.ts', 'scripts/**/*.test.ts'];

// The root keeps no `include` or `setupFiles` (see vite.config.ts); its projects are replaced below.
// Fewer generated ownership graphs (10 of 25, src/charts/ownership/model.test.ts): each diagram mutant reruns them.
const shared = { ...base.test, setupFiles: ['./src/test/messagesSetup.ts'], env: { GENERATED_GRAPHS: '10' } };

export default defineConfig({
  ...base,
  // Stryker runs the tests in a sandbox copy whose node_modules links back here, outside Vite's served root.
  server: { ...base.server, fs: { strict: false } },
  test: {
    ...shared,
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: AREA_TESTS, exclude: DOM_UNIT_TESTS } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: AREA_TESTS.filter((f) => DOM_UNIT_TESTS.includes(f)) } },
    ],
  },
});
