import { useEffect, useState } from 'react';
import { selectFilters, useFilters, type Domain } from './filters';
import { parsePageMode, withPageMode } from './pageMode';
import { parseFilters, serializeFilters, type IgnoredParam } from './urlState';

/** Year edits closer together than this replace the history entry: typing 2-0-1-5 or holding an arrow key. */
const COALESCE_MS = 600;
/** The parameters edited in rapid runs (typing, dragging a timeline handle); every other change (a click) is discrete. */
const RAPID_KEYS: ReadonlySet<string> = new Set(['years', 'at']);

/** The query keys whose values differ between two query strings. */
export function changedKeys(before: string, after: string): string[] {
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).sort();
}

function readUrl(domain: Domain): IgnoredParam[] {
  // The pre-render (no window) draws the bare address: the default filters.
  const { filters, ignored } = parseFilters(typeof window === 'undefined' ? '' : window.location.search, domain);
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
    let lastEdit = { isRapid: false, at: 0 };
    // A whole Play run is one history entry: its first step pushes, the rest replace, so Back returns to
    // where Play started.
    let hasPlayPushed = false;
    const unsubscribe = useFilters.subscribe((state) => {
      if (!state.isPlaying) hasPlayPushed = false;
      const query = serializeFilters(selectFilters(state), domain);
      const current = serializeFilters(parseFilters(window.location.search, domain).filters, domain);
      // Compare canonical forms, so restoring `brands=nissan,renault` on Back does not push a new entry.
      if (query === current) return;
      const keys = changedKeys(current, query);
      const isRapid = keys.every((key) => RAPID_KEYS.has(key));
      const now = Date.now();
      // The page keys (chart, embed, theme) stay as the link had them: a filter change keeps the page it is on.
      const url = `${window.location.pathname}${withPageMode(query, parsePageMode(window.location.search).mode)}${window.location.hash}`;
      const isPlayStep = state.isPlaying && hasPlayPushed;
      if (isPlayStep || (isRapid && lastEdit.isRapid && now - lastEdit.at < COALESCE_MS)) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      if (state.isPlaying) hasPlayPushed = true;
      lastEdit = { isRapid, at: now };
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
