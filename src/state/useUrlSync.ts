import { useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/afterNextPaint';
import { selectFilters, useFilters, type Domain } from './filters';
import { pageBase, parsePageMode, withPageMode, type PageMode } from './pageMode';
import { parseFilters, serializeFilters, type IgnoredParam } from './urlState';
import { useThemeChoice } from '../theme/useTheme';

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

/** A history entry to write: its URL, its filter query, and whether it replaces the current entry. */
interface HistoryWrite {
  url: string;
  query: string;
  replace: boolean;
}

/** History writes waiting until the change's frame is painted (`afterNextPaint`), written in the order decided. */
class HistoryWrites {
  private pending: HistoryWrite[] = [];
  private cancelTask: (() => void) | null = null;

  /** The filter query of the last write still waiting: what the address will say, not yet in `location`. */
  waitingQuery(): string | null {
    return this.pending.at(-1)?.query ?? null;
  }

  /** The whole query string (page keys too) of the last write still waiting. */
  waitingSearch(): string | null {
    const url = this.pending.at(-1)?.url;
    return url === undefined ? null : new URL(url, window.location.href).search;
  }

  add(write: HistoryWrite) {
    this.pending.push(write);
    this.cancelTask ??= afterNextPaint(() => this.flush());
  }

  flush() {
    this.cancelTask?.();
    this.cancelTask = null;
    for (const { url, replace } of this.pending) {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    this.pending = [];
  }

  cancel() {
    this.cancelTask?.();
    this.cancelTask = null;
    this.pending = [];
  }
}

/**
 * Restores the store from the address; returns the setter's argument for what it ignored. Nothing ignored
 * keeps the list it had: a new empty one would re-render the whole App (the hydrated page reads the address
 * once it is interactive).
 */
function readUrl(domain: Domain): (held: IgnoredParam[]) => IgnoredParam[] {
  // The pre-render (no window) draws the bare address: the default filters.
  const { filters, ignored } = parseFilters(typeof window === 'undefined' ? '' : window.location.search, domain);
  useFilters.getState().setDomain(domain, filters);
  return (held) => (ignored.length === 0 && held.length === 0 ? held : ignored);
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
    // History writes wait until the change is painted: pushState costs 1–5 ms (measured in a brand toggle's
    // CPU profile, the largest part of the click's own work), and the click should reach the screen first.
    // What each change writes is decided at once, in order, against the last query decided (a waiting
    // write's, not yet in `location`), so Back steps through the same entries as before.
    const writes = new HistoryWrites();
    // What the address says, or will once the writes still waiting are done: its filter query and its page keys.
    const queryNow = () => writes.waitingQuery() ?? serializeFilters(parseFilters(window.location.search, domain).filters, domain);
    const pageModeNow = () => parsePageMode(writes.waitingSearch() ?? window.location.search).mode;
    // Absolute (pageBase): a path starting with // is another site's address as a relative URL.
    const urlOf = (query: string, mode: PageMode) => `${pageBase(window.location)}${withPageMode(query, mode)}${window.location.hash}`;
    const unsubscribe = useFilters.subscribe((state) => {
      if (!state.isPlaying) hasPlayPushed = false;
      const query = serializeFilters(selectFilters(state), domain);
      const current = queryNow();
      // Compare canonical forms, so restoring `brands=nissan,renault` on Back does not push a new entry.
      if (query === current) return;
      const keys = changedKeys(current, query);
      const isRapid = keys.every((key) => RAPID_KEYS.has(key));
      const now = Date.now();
      // The page keys (chart, embed, theme) stay as the address has them (or will, once a waiting write is
      // done): a filter change keeps the page it is on, and the theme last chosen.
      const url = urlOf(query, pageModeNow());
      const isPlayStep = state.isPlaying && hasPlayPushed;
      const replace = state.isLangFallback || isPlayStep || (isRapid && lastEdit.isRapid && now - lastEdit.at < COALESCE_MS);
      writes.add({ url, query, replace });
      if (state.isPlaying) hasPlayPushed = true;
      lastEdit = { isRapid, at: now };
    });
    // The theme choice has a store of its own (the page applies it before the dataset arrives); it is written
    // to the address as the page key `theme=` — kept by every later write — so a reload or a shared link shows
    // the theme chosen; following the system drops it. It replaces the entry: Back steps through filters.
    const unsubscribeTheme = useThemeChoice.subscribe(({ choice }) => {
      const mode = pageModeNow();
      const theme = choice === 'system' ? null : choice;
      if (mode.theme === theme) return;
      const query = queryNow();
      writes.add({ url: urlOf(query, { ...mode, theme }), query, replace: true });
    });
    const onPopState = () => {
      // Back or Forward: the history entry is the truth now; writes still waiting are for the page left.
      writes.cancel();
      setIgnored(readUrl(domain));
      // The theme too: kept from the page left, the next write would drop (or keep) a theme= the page no longer shows.
      useThemeChoice.getState().setChoice(parsePageMode(window.location.search).mode.theme ?? 'system');
    };
    window.addEventListener('popstate', onPopState);
    // Leaving the page (reload, a link, closing the tab) writes what is still waiting, so nothing is lost.
    const onPageHide = () => writes.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      writes.flush();
      unsubscribe();
      unsubscribeTheme();
      window.removeEventListener('popstate', onPopState);
    };
  }, [domain]);

  return ignored;
}
