import { useEffect, useState } from 'react';
import { useIsOnline } from './useIsOnline';
import type { LoadOnce } from './loadOnce';

/**
 * What `load` gives, for a component: at once if it is already in, else null until it arrives, fetched from the
 * first render that `wanted` it. A failed load (offline) leaves null until the browser is back online, when it is
 * tried again: a comparison's words or the interactive sales chart then come in without the reader doing anything.
 */
export function useLoaded<T>(load: LoadOnce<T>, wanted = true): T | null {
  const [value, setValue] = useState(load.loaded);
  // Read only to try again when it turns true: a load wanted offline is still tried (the chunk may be kept).
  const isOnline = useIsOnline();
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let isCurrent = true;
    load().then(
      (next) => isCurrent && setValue(() => next),
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [load, wanted, value, isOnline]);
  return value ?? null;
}
