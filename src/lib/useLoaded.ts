import { useEffect, useState } from 'react';
import type { LoadOnce } from './loadOnce';

/**
 * What `load` gives, for a component: at once if it is already in, else null until it arrives, fetched from the
 * first render that `wanted` it. A failed load (offline) leaves null; the next component that wants it tries again.
 */
export function useLoaded<T>(load: LoadOnce<T>, wanted = true): T | null {
  const [value, setValue] = useState(load.loaded);
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
  }, [load, wanted, value]);
  return value ?? null;
}
