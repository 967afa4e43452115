import { useEffect, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useFilters } from '../state/filters';
import { intlFor } from './intl';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { hasMessages, loadMessages } from './messages';

/**
 * The page's language, from the filter store: every message below it, and `<html lang>`, follow it. A
 * language whose catalog is still downloading keeps the page in the language it was in (no untranslated
 * flash); if the download fails, the page stays so and the console says why.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const lang = useFilters((s) => s.lang);
  const [lastLoaded, setLastLoaded] = useState<Locale>(() => (hasMessages(lang) ? lang : DEFAULT_LOCALE));
  const locale = hasMessages(lang) ? lang : lastLoaded;
  useEffect(() => {
    let isCurrent = true;
    loadMessages(lang).then(
      () => isCurrent && setLastLoaded(lang),
      (error: unknown) => console.error(`The ${lang} messages could not be loaded:`, error),
    );
    return () => {
      isCurrent = false;
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <RawIntlProvider value={intlFor(locale)}>{children}</RawIntlProvider>;
}
