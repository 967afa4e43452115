import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { localeFromLanguages } from './locales';
import { CHART_IDS } from '../components/chartTypes';
import { parsePageMode } from '../state/pageMode';

const GUARD = readFileSync(path.resolve(__dirname, '../../public/prerender-guard.js'), 'utf8');

interface FakePage {
  search?: string;
  languages?: string[];
  isDark?: boolean;
  outlines?: string | null;
  /** The page's start template (the build's <template id="app-start">); none in the dev server's page. */
  hasStart?: boolean;
  /** #root as the build writes it with a pre-render (data-dataset), or as the benchmark serves a bigger dataset. */
  isPrerendered?: boolean;
  visibility?: 'visible' | 'hidden';
  paintTiming?: boolean;
}

/**
 * Runs public/prerender-guard.js against a fake page: whether it marks the pre-render stale, the links it adds,
 * and, for starting the app, what it appended from the start template, with hooks to fire the page's events.
 */
function runGuard({ search = '', languages = ['en-US'], isDark = false, outlines = '/assets/countries-1.json', hasStart = false, isPrerendered = true, visibility = 'visible', paintTiming = true }: FakePage) {
  const dataset: Record<string, string> = {};
  const links: Record<string, string>[] = [];
  const started: string[] = [];
  const listeners = new Map<string, () => void>();
  const timers: { run: () => void; ms: number }[] = [];
  const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
  const startContent = { nodes: 'entry and preloads' };
  const window = { location: { search }, matchMedia: () => ({ matches: isDark }), setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }) };
  const root = { hasAttribute: (name: string) => name === 'data-dataset' && isPrerendered };
  const document = {
    documentElement: { dataset },
    currentScript: { getAttribute: (name: string) => (name === 'data-map-outlines' ? outlines : null) },
    createElement: () => ({}),
    head: { appendChild: (node: Record<string, string>) => (node === startContent.nodes as unknown ? started.push('start') : links.push({ ...node })) },
    getElementById: (id: string) => (id === 'app-start' && hasStart ? { content: startContent } : id === 'root' ? root : null),
    importNode: (content: typeof startContent) => content.nodes,
    readyState: 'loading',
    visibilityState: visibility,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  };
  function PerformanceObserver(callback: (typeof observers)[number]) {
    return { observe: () => observers.push(callback) };
  }
  PerformanceObserver.supportedEntryTypes = paintTiming ? ['element', 'paint', 'resource'] : ['resource'];
  const navigator = { languages, language: languages[0] };
  vm.runInNewContext(GUARD, { window, document, navigator, URLSearchParams, PerformanceObserver });
  const paint = (names: string[]) => observers.forEach((callback) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) }));
  return { isStale: dataset.prerender === 'stale', links, started, parsed: () => listeners.get('DOMContentLoaded')?.(), paint, timers };
}

const isMarkedStale = (page: FakePage) => runGuard(page).isStale;

describe('prerender-guard.js', () => {
  it('lets the English bare address hydrate the English pre-render', () => {
    expect(isMarkedStale({})).toBe(false);
    expect(isMarkedStale({ languages: ['de-DE', 'en-GB', 'fr'] })).toBe(false);
    // No language the dashboard has: English, which the pre-render is.
    expect(isMarkedStale({ languages: ['de', 'es'] })).toBe(false);
  });
  it('marks the page stale for a French or Japanese browser, a query (lang= included) or a dark theme', () => {
    expect(isMarkedStale({ languages: ['fr-FR', 'en'] })).toBe(true);
    expect(isMarkedStale({ languages: ['de', 'ja-JP'] })).toBe(true);
    expect(isMarkedStale({ search: '?lang=en' })).toBe(true);
    expect(isMarkedStale({ search: '?lang=fr' })).toBe(true);
    expect(isMarkedStale({ isDark: true })).toBe(true);
  });
  it('falls back to navigator.language where languages is empty', () => {
    const dataset: Record<string, string> = {};
    vm.runInNewContext(GUARD, { window: { location: { search: '' }, matchMedia: () => ({ matches: false }) }, document: { documentElement: { dataset }, currentScript: null, getElementById: () => null }, navigator: { languages: [], language: 'ja' }, URLSearchParams });
    expect(dataset.prerender).toBe('stale');
  });
  it('decides the language exactly as the app does', () => {
    const cases = [['fr-CA'], ['EN-gb', 'fr'], ['-fr'], ['x', 'JA'], ['de', 'pt-BR'], ['zh-Hant-TW', 'fr'], ['']];
    for (const languages of cases) {
      expect([languages, isMarkedStale({ languages })]).toEqual([languages, localeFromLanguages(languages) !== 'en']);
    }
  });

  it('preloads the map outlines, as the app fetches them, on the dashboard', () => {
    expect(runGuard({}).links).toEqual([{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/assets/countries-1.json' }]);
    expect(runGuard({ outlines: null }).links).toEqual([]);
  });
  it('preloads them exactly where the page shows the map, as parsePageMode reads the address', () => {
    const queries = ['', '?years=2014-2016', ...CHART_IDS.flatMap((c) => [`?chart=${c}`, `?chart=${c.toUpperCase()}&embed=1`, `?chart=%20${c}%20`]), '?chart=sales&chart=ev', '?chart=nope', '?chart=', '?chart=plants&chart=plants'];
    for (const search of queries) {
      const { chart } = parsePageMode(search).mode;
      expect([search, runGuard({ search }).links.length]).toEqual([search, chart === null || chart === 'plants' ? 1 : 0]);
    }
  });

  describe('starting the app', () => {
    it('starts a page whose pre-render shows once it is painted, not when its markup is parsed', () => {
      const page = runGuard({ hasStart: true });
      page.parsed();
      page.paint(['first-paint']);
      expect(page.started).toEqual([]);
      page.paint(['first-contentful-paint']);
      page.paint(['first-contentful-paint']);
      expect(page.started).toEqual(['start']);
    });

    it('starts it after 2 s if no paint is reported, and only once', () => {
      const page = runGuard({ hasStart: true });
      page.parsed();
      expect(page.timers.map((timer) => timer.ms)).toEqual([2000]);
      page.timers.forEach((timer) => timer.run());
      page.paint(['first-contentful-paint']);
      expect(page.started).toEqual(['start']);
    });

    it('starts any other page as soon as its markup is parsed', () => {
      const pages: FakePage[] = [{ search: '?brands=Renault' }, { isDark: true }, { languages: ['fr'] }, { isPrerendered: false }, { visibility: 'hidden' }, { paintTiming: false }];
      const startedAtParse = pages.map((page) => {
        const guard = runGuard({ ...page, hasStart: true });
        const before = guard.started.length;
        guard.parsed();
        return [before, guard.started.length, guard.timers.length];
      });
      expect(startedAtParse).toEqual(pages.map(() => [0, 1, 0]));
    });

    it('does nothing without a start template (the dev server’s page starts itself)', () => {
      const page = runGuard({});
      page.parsed();
      page.paint(['first-contentful-paint']);
      expect([page.started, page.timers]).toEqual([[], []]);
    });
  });
});
