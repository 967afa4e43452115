import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { localeFromLanguages } from './locales';

const GUARD = readFileSync(path.resolve(__dirname, '../../public/prerender-guard.js'), 'utf8');

/** Runs public/prerender-guard.js against a fake page; true when it marks the pre-render stale. */
function isMarkedStale({ search = '', languages = ['en-US'], isDark = false }: { search?: string; languages?: string[]; isDark?: boolean }): boolean {
  const dataset: Record<string, string> = {};
  const window = { location: { search }, matchMedia: () => ({ matches: isDark }) };
  const document = { documentElement: { dataset } };
  const navigator = { languages, language: languages[0] };
  vm.runInNewContext(GUARD, { window, document, navigator });
  return dataset.prerender === 'stale';
}

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
    vm.runInNewContext(GUARD, { window: { location: { search: '' }, matchMedia: () => ({ matches: false }) }, document: { documentElement: { dataset } }, navigator: { languages: [], language: 'ja' } });
    expect(dataset.prerender).toBe('stale');
  });
  it('decides the language exactly as the app does', () => {
    const cases = [['fr-CA'], ['EN-gb', 'fr'], ['-fr'], ['x', 'JA'], ['de', 'pt-BR'], ['zh-Hant-TW', 'fr'], ['']];
    for (const languages of cases) {
      expect([languages, isMarkedStale({ languages })]).toEqual([languages, localeFromLanguages(languages) !== 'en']);
    }
  });
});
