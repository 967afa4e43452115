import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useFilters } from '../state/filters';
import { intlConfig } from './intl';

/** The page's language, from the filter store: every message below it, and `<html lang>`, follow it. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const lang = useFilters((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <IntlProvider {...intlConfig(lang)}>{children}</IntlProvider>;
}
