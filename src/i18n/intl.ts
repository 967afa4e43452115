import type { ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape, type MessageDescriptor } from 'react-intl';
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

/** formatMessage as this file calls it; react-intl's overloads type message ids and values for callers. */
type FormatMessage = (descriptor: MessageDescriptor, values?: Record<string, unknown>, opts?: unknown) => string | ReactNode[];
type Formatter = ReturnType<IntlShape['formatters']['getMessageFormat']>;

/**
 * No options, or only `<FormattedMessage>`'s `ignoreTag` unset: options that change nothing for a message that
 * is already a syntax tree (`ignoreTag` only tells the parser how to read a string).
 */
const noOptions = (opts: unknown) => opts === undefined || (typeof opts === 'object' && opts !== null && Object.entries(opts).every(([key, value]) => key === 'ignoreTag' && !value));

/** Strings, numbers, booleans or nothing: values whose message formats to a string, with no React parts to key. */
const isPlain = (values: Record<string, unknown> | undefined) =>
  values === undefined || Object.values(values).every((value) => value === null || (typeof value !== 'object' && typeof value !== 'function'));

/**
 * `intl` with each message's formatter built once per id. react-intl finds a message's formatter in a cache
 * keyed by `JSON.stringify` of the message and its formats — in a build, whose messages are syntax trees
 * (scripts/precompileMessages.ts), a serialization of the whole tree on every call: 3–4 ms of a brand click's
 * work in a CPU profile. A call with rich-text or React values, with options that matter, or of a message that is no tree
 * (tests and the dev server read strings) goes to react-intl's own `formatMessage`, as does one that fails to
 * format, which react-intl then reports and falls back from.
 */
export function withFormatterPerMessage(intl: IntlShape): IntlShape {
  // react-intl adds these to every call's values and formats; this page sets neither, and a page that did keeps react-intl's path.
  if (intl.timeZone !== undefined || intl.defaultRichTextElements !== undefined) return intl;
  const formatters = new Map<string, Formatter>();
  const { messages } = intl;
  const formatWithReactIntl = intl.formatMessage as unknown as FormatMessage;
  const formatMessage: FormatMessage = (descriptor, values, opts) => {
    const id = String(descriptor.id);
    const message: unknown = Object.hasOwn(messages, id) ? (messages as Record<string, unknown>)[id] : undefined;
    if (!noOptions(opts) || !Array.isArray(message) || !isPlain(values)) return formatWithReactIntl(descriptor, values, opts);
    try {
      let formatter = formatters.get(id);
      if (!formatter) {
        formatter = intl.formatters.getMessageFormat(message as Parameters<typeof intl.formatters.getMessageFormat>[0], intl.locale, intl.formats, { formatters: intl.formatters });
        formatters.set(id, formatter);
      }
      return formatter.format<string>(values as Record<string, string | number | boolean | null | undefined>);
    } catch {
      return formatWithReactIntl(descriptor, values, opts);
    }
  };
  return { ...intl, formatMessage: formatMessage as IntlShape['formatMessage'], $t: formatMessage as IntlShape['$t'] };
}

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** The formatter in a language, built once per language: the page's provider and pure code (models, export, summaries) share it. */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = withFormatterPerMessage(createIntl(intlConfig(locale), cache));
    intls.set(locale, intl);
  }
  return intl;
}
