import { useEffect, useState } from 'react';
import { selectFilters, useFilters, type Domain } from './filters';
import { parseFilters, serializeFilters, type IgnoredParam } from './urlState';

/** Year edits closer together than this replace the history entry: typing 2-0-1-5 or holding an arrow key. */
const COALESCE_MS = 600;
/** The one parameter edited in rapid runs; every other change (a click) is discrete. */
const RAPID_KEY = 'years';

/** The query keys whose values differ between two query strings. */
export function changedKeys(before: string, after: string): string[] {
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).sort();
}

function readUrl(domain: Domain): IgnoredParam[] {
  const { filters, ignored } = parseFilters(window.location.search, domain);
  useFilters.getState().setDomain(domain, filters);
  return ignored;
}

/**
 * The one place that touches `location`/`history`: once the dataset's domain is known, restores the
 * store from the URL (and again on Back/Forward), and writes each filter change back. Returns the
 * parameters it had to ignore.
 */
export function useUrlSync(domain: Domain | null): IgnoredParam[] {
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);

  useEffect(() => {
    if (!domain) return;
    // The URL can only be read against the dataset's years and brands, which arrive with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL is the effect
    setIgnored(readUrl(domain));
    // A run of year edits is one history step; any other change, however quick (clicking Share, then a
    // brand, then Europe), is a step of its own.
    let lastEdit = { key: '', at: 0 };
    const unsubscribe = useFilters.subscribe((state) => {
      const query = serializeFilters(selectFilters(state), domain);
      const current = serializeFilters(parseFilters(window.location.search, domain).filters, domain);
      // Compare canonical forms, so restoring `brands=nissan,renault` on Back does not push a new entry.
      if (query === current) return;
      const keys = changedKeys(current, query);
      const key = keys.length === 1 ? keys[0]! : '';
      const now = Date.now();
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (key === RAPID_KEY && lastEdit.key === RAPID_KEY && now - lastEdit.at < COALESCE_MS) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastEdit = { key, at: now };
    });
    const onPopState = () => setIgnored(readUrl(domain));
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [domain]);

  return ignored;
}
