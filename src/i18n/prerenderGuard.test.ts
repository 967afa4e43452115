import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { localeFromLanguages } from './locales';
import { CHART_IDS } from '../components/chartTypes';
import { parsePageMode } from '../state/pageMode';

const GUARD = readFileSync(path.resolve(__dirname, '../../public/prerender-guard.js'), 'utf8');

interface FakePage { search?: string; languages?: string[]; isDark?: boolean; outlines?: string | null }

/** Runs public/prerender-guard.js against a fake page: whether it marks the pre-render stale, and the links it adds. */
function runGuard({ search = '', languages = ['en-US'], isDark = false, outlines = '/assets/countries-1.json' }: FakePage) {
  const dataset: Record<string, string> = {};
  const links: Record<string, string>[] = [];
  const window = { location: { search }, matchMedia: () => ({ matches: isDark }) };
  const document = {
    documentElement: { dataset },
    currentScript: { getAttribute: (name: string) => (name === 'data-map-outlines' ? outlines : null) },
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => links.push({ ...link }) },
  };
  const navigator = { languages, language: languages[0] };
  vm.runInNewContext(GUARD, { window, document, navigator, URLSearchParams });
  return { isStale: dataset.prerender === 'stale', links };
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
    vm.runInNewContext(GUARD, { window: { location: { search: '' }, matchMedia: () => ({ matches: false }) }, document: { documentElement: { dataset }, currentScript: null }, navigator: { languages: [], language: 'ja' }, URLSearchParams });
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
});
