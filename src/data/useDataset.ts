import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { loadDataset } from './loadDataset';

const LOAD_TIMEOUT_MS = 15_000;

/** The validated dataset as a query. A load that hangs is aborted and reported. */
const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => loadDataset(undefined, AbortSignal.any([signal, AbortSignal.timeout(LOAD_TIMEOUT_MS)])),
  staleTime: Infinity,
  retry: false,
  // The prefetch can fail before App mounts; mounting must show that error, not silently request again.
  retryOnMount: false,
});

/** The only useQuery caller: the validated dataset. */
export function useDataset() {
  return useQuery(datasetQuery);
}

/** Starts the dataset request before React's first render and commit; useDataset then picks up the same request. */
export function prefetchDataset(client: QueryClient): void {
  void client.prefetchQuery(datasetQuery);
}
