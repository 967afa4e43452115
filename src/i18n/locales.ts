/** The languages the dashboard is written in; English is the fallback for every other. */
export const LOCALES = ['en', 'fr', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as the language menu shows it (never translated). */
export const LOCALE_NAMES: ReadonlyMap<Locale, string> = new Map([
  ['en', 'English'],
  ['fr', 'Français'],
  ['ja', '日本語'],
]);

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we have, by primary subtag ("fr-CA" → fr); otherwise English. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.slice(0, Math.max(0, tag.indexOf('-')) || tag.length).toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
