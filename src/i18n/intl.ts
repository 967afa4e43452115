import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { messagesFor, type MessageId } from './messages';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- react-intl's documented way to type message ids
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

/** The options the page's IntlProvider and every `intlFor` share, so a component and a model word things alike. */
export function intlConfig(locale: Locale) {
  return {
    locale,
    defaultLocale: DEFAULT_LOCALE,
    messages: messagesFor(locale),
    // A missing message cannot reach the reader: the ids are typed and the catalog test checks every language.
    // Anything else (a bad argument) is a programming error, reported rather than shown.
    onError: (error: Error) => console.error(error),
  };
}

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** The formatter for pure code (models, export, summaries) in a language, built once per language. */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(intlConfig(locale), cache);
    intls.set(locale, intl);
  }
  return intl;
}
