import { FormattedMessage } from 'react-intl';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales';
import { useFilters } from '../state/filters';

/** The page's language; each language is named in itself, so a reader finds theirs whatever the page shows. */
export function LanguageMenu() {
  const lang = useFilters((s) => s.lang);
  const setLang = useFilters((s) => s.setLang);
  return (
    <label className="language-menu">
      <span className="language-menu-label"><FormattedMessage id="app.language" /></span>
      <select value={lang} onChange={(event) => isLocale(event.target.value) && setLang(event.target.value)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES.get(locale)}</option>
        ))}
      </select>
    </label>
  );
}
