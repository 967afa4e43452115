import { useEffect, useState } from 'react';
import { selectFilters, useFilters } from './filters';
import { parseFilters, serializeFilters, type IgnoredParam } from './urlState';

/** Changes closer together than this replace the history entry instead of adding one (typing, arrow keys). */
const COALESCE_MS = 600;

function readUrl(): IgnoredParam[] {
  const { filters, ignored } = parseFilters(window.location.search);
  useFilters.getState().applyFilters(filters);
  return ignored;
}

/**
 * The one place that touches `location`/`history`: restores the store from the URL on load and on
 * Back/Forward, and writes each filter change back. Returns the parameters it had to ignore.
 */
export function useUrlSync(): IgnoredParam[] {
  const [ignored, setIgnored] = useState<IgnoredParam[]>(readUrl);

  useEffect(() => {
    let lastPush = 0;
    const unsubscribe = useFilters.subscribe((state) => {
      const query = serializeFilters(selectFilters(state));
      // Compare canonical forms, so restoring `brands=nissan,renault` on Back does not push a new entry.
      if (query === serializeFilters(parseFilters(window.location.search).filters)) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      const now = Date.now();
      if (now - lastPush < COALESCE_MS) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastPush = now;
    });
    const onPopState = () => setIgnored(readUrl());
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  return ignored;
}
