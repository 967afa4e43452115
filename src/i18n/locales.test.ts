import { isLocale, localeFromLanguages } from './locales';

describe('localeFromLanguages', () => {
  it('takes the first language the dashboard has, by primary subtag', () => {
    expect(localeFromLanguages(['de-DE', 'fr-CA', 'ja'])).toBe('fr');
    expect(localeFromLanguages(['ja-JP'])).toBe('ja');
    expect(localeFromLanguages(['EN-gb'])).toBe('en');
  });
  it('falls back to English for none, unknown or malformed tags', () => {
    expect(localeFromLanguages([])).toBe('en');
    expect(localeFromLanguages(['de', '-fr', 'x'])).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts exactly en, fr and ja', () => {
    expect(['en', 'fr', 'ja', 'FR', 'de', '', 'constructor'].map(isLocale)).toEqual([true, true, true, false, false, false, false]);
  });
});
