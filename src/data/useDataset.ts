import { useQuery } from '@tanstack/react-query';
import { loadDataset } from './loadDataset';

const LOAD_TIMEOUT_MS = 15_000;

/** The only useQuery caller: the validated dataset. A load that hangs is aborted and reported. */
export function useDataset() {
  return useQuery({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => loadDataset(undefined, AbortSignal.any([signal, AbortSignal.timeout(LOAD_TIMEOUT_MS)])),
    staleTime: Infinity,
    retry: false,
  });
}
