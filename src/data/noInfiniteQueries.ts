/**
 * react-query's infinite-query behaviour for an app whose queries are all plain. query-core's Query imports it for
 * queries of type "infinite" (paged fetches: fetchInfiniteQuery, useInfiniteQuery), which no page here makes, and
 * with it came ~0.5 KiB of the first load's gzip. vite.config.ts resolves query-core's own import of
 * infiniteQueryBehavior.js to this file, in the build and in the unit tests (noInfiniteQueries.test.ts), as it
 * does mutationCache.js (noMutations.ts).
 */
export function infiniteQueryBehavior(): never {
  throw new Error('Alliance Atlas runs no infinite queries');
}

/** What infiniteQueryObserver asks of a page list: no page here has a next or previous page. */
export const hasNextPage = (): boolean => false;
export const hasPreviousPage = (): boolean => false;
