/**
 * react-query's MutationCache for an app that only reads. Every QueryClient makes one, and with it came the code
 * of mutations (query-core's mutation.js and mutationCache.js: ~1.3 KiB of the first load's gzip) that no page
 * here runs. vite.config.ts resolves query-core's own import of mutationCache.js to this file, in the build and
 * in the unit tests (which load react-query through Vite for it: noMutations.test.ts). It answers what a
 * QueryClient asks of its cache (queryClient.js: isMutating, the paused mutations resumed when the browser is
 * back online, clear) as an empty cache would.
 */
export class MutationCache {
  readonly config: object;

  constructor(config: object = {}) {
    this.config = config;
  }

  build(): never {
    throw new Error('Alliance Atlas runs no mutations');
  }

  getAll(): [] {
    return [];
  }

  findAll(): [] {
    return [];
  }

  find(): undefined {
    return undefined;
  }

  clear() {}

  notify() {}

  subscribe() {
    return () => {};
  }

  resumePausedMutations() {
    return Promise.resolve();
  }
}
