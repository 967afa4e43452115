/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompileMessages } from './scripts/precompileMessages.ts';
import { precompileValidator } from './scripts/precompileValidator.ts';
import { idlePrefetch } from './scripts/idlePrefetchPlugin.ts';
import { prerender } from './scripts/prerenderPlugin.ts';
import { offline } from './scripts/offlinePlugin.ts';
import { sharedChunk } from './scripts/sharedChunk.ts';

/**
 * Node tests that replace modules (vi.doMock, vi.resetModules): in the Node project's shared module graph a reset
 * would hand every later file in that worker fresh copies of modules it already holds.
 */
export const FRESH_NODE_TESTS = ['src/data/loadDataset.test.ts', 'src/i18n/format.test.ts'];
/** The unit tests of .ts files that need a DOM (jsdom): they parse SVG, render the app or drive history. */
export const DOM_UNIT_TESTS = ['src/export/sanitize.test.ts', 'src/export/svg.test.ts', 'src/security.test.ts', 'src/state/useUrlSync.test.ts', 'src/data/dataset.property.test.ts', 'src/lib/prefetchChunks.test.ts', 'src/lib/watchUntil.test.ts'];

export default defineConfig({
  plugins: [react(), precompileMessages(), precompileValidator(), idlePrefetch(), prerender(), offline()],
  // Tests and build alike: Recharts gets only the scales the sales chart uses (see rechartsScales.ts), and the
  // scales only the number interpolation they use, without d3's own formats (see scaleDependencies.ts).
  resolve: {
    alias: [
      { find: /^victory-vendor\/d3-scale$/, replacement: fileURLToPath(new URL('./src/charts/sales/rechartsScales.ts', import.meta.url)) },
      { find: /^d3-(?:interpolate|format|time-format)$/, replacement: fileURLToPath(new URL('./src/charts/scaleDependencies.ts', import.meta.url)) },
      // react-query without the code of mutations, which the app never runs (see noMutations.ts). Only
      // query-core imports a module by this name (queryClient.js, index.js).
      { find: /^\.\/mutationCache\.js$/, replacement: fileURLToPath(new URL('./src/data/noMutations.ts', import.meta.url)) },
      // And without the paging of infinite queries, which no page here makes (see noInfiniteQueries.ts). Only
      // query-core imports a module by this name (query.js, infiniteQueryObserver.js).
      { find: /^\.\/infiniteQueryBehavior\.js$/, replacement: fileURLToPath(new URL('./src/data/noInfiniteQueries.ts', import.meta.url)) },
    ],
  },
  // Scripts as ASCII, non-ASCII characters escaped: Chromium keeps every loaded script's source in memory,
  // one byte a character if all of them are Latin-1 and two otherwise — and one '–' or '…' in a message made
  // each of the largest chunks (Recharts, the entry) a two-byte string: 0.9 MB more (measured in a heap snapshot).
  // What the first chunks share in one file rather than one file per set of chunks (see sharedChunk.ts).
  // One stylesheet, which the pre-render writes into index.html (see inlineStylesheets): split per chunk, a view's
  // import() would link its part again after hydration, though the page already holds it.
  build: { cssCodeSplit: false, rolldownOptions: { output: { charset: 'ascii', codeSplitting: { groups: [sharedChunk()] } } } },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    // Tests that need no DOM run in Node: jsdom cost 129 s of a 321 s unit run (1 s a file on a busy machine).
    // The Node files get only the catalogs of the test setup; components and the DOM files get all of it.
    // Projects extend this root config, and merging appends arrays: the root keeps no `include` or `setupFiles`.
    projects: [
      // Pure functions share one module graph: importing it afresh for each of ~90 files cost 47 of 62 s. The DOM
      // files stay isolated: some rely on a fresh module (the loaders' once-only caches).
      { extends: true, test: { name: 'node', environment: 'node', isolate: false, include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: [...DOM_UNIT_TESTS, ...FRESH_NODE_TESTS], setupFiles: ['./src/test/messagesSetup.ts'] } },
      { extends: true, test: { name: 'node-fresh', environment: 'node', include: FRESH_NODE_TESTS, setupFiles: ['./src/test/messagesSetup.ts'] } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx', ...DOM_UNIT_TESTS], setupFiles: ['./src/test/setup.ts'] } },
    ],
    css: false,
    // Vitest's default, one worker fewer than the cores, leaves one of CI's two cores idle: the DOM files took
    // 124–132 s with one worker and 99 s with two (this machine, 2 cores).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Processed by Vite, so that their own imports take the aliases above in the tests too: d3-scale's, and
    // query-core's mutation cache (react-query with it, or the two would load two copies of query-core).
    server: { deps: { inline: ['d3-scale', '@tanstack/react-query', '@tanstack/query-core'] } },
    // The first render of a file pays for jsdom and Recharts start-up; a busy CI machine can take seconds.
    testTimeout: 20_000,
  },
});
