import { onlineManager, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { DatasetError, loadDataset } from './loadDataset';
import type { Dataset } from './schema';

const LOAD_TIMEOUT_MS = 15_000;

/**
 * When the browser last said it was back online. The load it then starts can race the connection itself: the
 * 'online' event came before Chromium let requests through, and the load failed as the offline ones had, so the
 * page that said "it loads by itself when the connection returns" showed the error again (a browser-suite run).
 */
let onlineSince = -Infinity;
const RECONNECT_WINDOW_MS = 5_000;

/**
 * Notes when the browser comes back online, for the retry rule below; the page starts it once, beside its first
 * load (main.tsx), so importing this module subscribes to nothing. Stopping forgets the last reconnect.
 */
export function watchReconnects(): () => void {
  const unsubscribe = onlineManager.subscribe((isOnline) => {
    if (isOnline) onlineSince = Date.now();
  });
  return () => {
    unsubscribe();
    onlineSince = -Infinity;
  };
}

/**
 * A network failure in the first seconds back online is tried again, twice, a second apart (react-query counts
 * the failures before this one: 0, then 1); any other failure is shown at once.
 */
function isRetriedAfterReconnect(failures: number, error: Error): boolean {
  const isNetwork = error instanceof DatasetError && error.messageId === 'errors.data.network';
  return isNetwork && failures < 2 && onlineManager.isOnline() && Date.now() - onlineSince < RECONNECT_WINDOW_MS;
}

/** The digest of the dataset file the build validated and pre-rendered, written on #root (none in tests or dev). */
const shippedDigest = () => (typeof document === 'undefined' ? null : (document.getElementById('root')?.dataset.dataset ?? null));

/** The validated dataset as a query. A load that hangs is aborted and reported. */
const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => loadDataset(undefined, AbortSignal.any([signal, AbortSignal.timeout(LOAD_TIMEOUT_MS)]), shippedDigest()),
  staleTime: Infinity,
  retry: isRetriedAfterReconnect,
  retryDelay: 1_000,
  // The prefetch can fail before App mounts; mounting must show that error, not silently request again.
  retryOnMount: false,
  // By default react-query pauses a query while the browser is offline: Retry then ran neither the fetch
  // nor its time-out, and the page showed skeletons for good. Always run it, so an offline Retry fails
  // at once and says why; a failed load is tried again by itself when the connection returns.
  networkMode: 'always',
  refetchOnReconnect: (query) => query.state.status === 'error',
});

/** The only useQuery caller: the validated dataset. */
export function useDataset() {
  return useQuery(datasetQuery);
}

/** Resolves once the dataset has loaded or failed, without asking for it: a failed load is not tried again. */
export function datasetSettled(client: QueryClient): Promise<void> {
  const isSettled = () => (client.getQueryState(datasetQuery.queryKey)?.status ?? 'pending') !== 'pending';
  return new Promise((resolve) => {
    if (isSettled()) return resolve();
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (!isSettled()) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The validated dataset, fetched once: a pre-rendered page waits for it before hydrating. */
export function fetchDataset(client: QueryClient): Promise<Dataset> {
  return client.fetchQuery(datasetQuery);
}

/** Puts an already-validated dataset in the cache, as the build-time pre-render does. */
export function setDataset(client: QueryClient, dataset: Dataset): void {
  client.setQueryData(datasetQuery.queryKey, dataset);
}

/** Starts the dataset request before React's first render and commit; useDataset then picks up the same request. */
export function prefetchDataset(client: QueryClient): void {
  void client.prefetchQuery(datasetQuery);
}
