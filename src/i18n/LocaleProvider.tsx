import { useEffect, useRef, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useFilters } from '../state/filters';
import { intlFor } from './intl';
import { DEFAULT_LOCALE, LOCALE_NAMES, type Locale } from './locales';
import { hasMessages, loadMessages } from './messages';

/**
 * The page's language, from the filter store: every message below it, and `<html lang>`, follow it. A
 * language whose catalog is still downloading keeps the page in the language it was in (no untranslated
 * flash). If the download fails the page stays so, and says so above the page with a way to try again: the
 * choice goes back to the language shown, so the menu and the address say what the reader sees.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const lang = useFilters((s) => s.lang);
  const [lastLoaded, setLastLoaded] = useState<Locale>(() => (hasMessages(lang) ? lang : DEFAULT_LOCALE));
  const [failed, setFailed] = useState<Locale | null>(null);
  const locale = hasMessages(lang) ? lang : lastLoaded;
  // Read by a failed download, not a reason to download again: as a dependency, each success asked twice.
  const shown = useRef(locale);
  useEffect(() => {
    let isCurrent = true;
    loadMessages(lang).then(
      () => {
        if (!isCurrent) return;
        setLastLoaded(lang);
        // Only that language's own download clears its notice, not the language gone back to.
        setFailed((was) => (was === lang ? null : was));
      },
      (error: unknown) => {
        console.error(`The ${lang} messages could not be loaded:`, error);
        if (!isCurrent) return;
        setFailed(lang);
        useFilters.getState().fallBackToLang(shown.current);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = locale;
    shown.current = locale;
  }, [locale]);
  const intl = intlFor(locale);
  return (
    <RawIntlProvider value={intl}>
      {failed && (
        <div className="notice language-notice" role="alert">
          <p>{intl.formatMessage({ id: 'errors.language' }, { language: LOCALE_NAMES.get(failed) })}</p>
          <button type="button" className="button" onClick={() => useFilters.getState().setLang(failed)}>
            {intl.formatMessage({ id: 'errors.language.retry' }, { language: LOCALE_NAMES.get(failed) })}
          </button>
        </div>
      )}
      {children}
    </RawIntlProvider>
  );
}
