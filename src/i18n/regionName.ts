const namesByLocale = new Map<string, Intl.DisplayNames>();

/** A country's name in `locale` from its ISO 3166-1 code ("IN" → "Inde" in French), or null where the runtime has none. */
export function regionName(code: string, locale: string): string | null {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    namesByLocale.set(locale, names);
  }
  return names.of(code) ?? null;
}
