import type { ReactNode } from 'react';
import { formatToParts, IntlMessageFormat, PART_TYPE } from 'intl-messageformat';
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
type Tree = Parameters<typeof formatToParts>[0];

/**
 * No options, or only `<FormattedMessage>`'s `ignoreTag` unset: options that change nothing for a message that
 * is already a syntax tree (`ignoreTag` only tells the parser how to read a string).
 */
const noOptions = (opts: unknown) => opts === undefined || (typeof opts === 'object' && opts !== null && Object.entries(opts).every(([key, value]) => key === 'ignoreTag' && !value));

/** Strings, numbers, booleans or nothing: no React parts to key (a boolean still formats to a list of parts: see below). */
const isPlain = (values: Record<string, unknown> | undefined) =>
  values === undefined || Object.values(values).every((value) => value === null || (typeof value !== 'object' && typeof value !== 'function'));

/**
 * `intl` formatting a message that is already a syntax tree (a build's, scripts/precompileMessages.ts) straight
 * from the tree, with intl-messageformat's own `formatToParts` and the Intl formatters react-intl keeps.
 * react-intl finds a message's formatter in a cache keyed by `JSON.stringify` of the message and its formats: a
 * serialization of the whole tree on every call, 3–4 ms of a brand click's work in a CPU profile. Keeping an
 * IntlMessageFormat per message instead (this file's earlier answer) held 77 KB of the page's heap: each one's
 * own copy of the default formats, caches and bound functions (1,900 objects and 970 closures, in a snapshot).
 * A call with rich-text or React values, with options that matter, or of a message that is no tree (tests and
 * the dev server read strings) goes to react-intl's own `formatMessage`, as does one that fails to format,
 * which react-intl then reports and falls back from.
 */
export function withTreeFormatting(intl: IntlShape): IntlShape {
  // react-intl adds these to every call's values and formats; this page sets none, and a page that did keeps react-intl's path.
  if (intl.timeZone !== undefined || intl.defaultRichTextElements !== undefined || Object.keys(intl.formats).length > 0) return intl;
  const { messages, locale, formatters } = intl;
  const formatWithReactIntl = intl.formatMessage as unknown as FormatMessage;
  const formatMessage: FormatMessage = (descriptor, values, opts) => {
    const id = String(descriptor.id);
    const message: unknown = Object.hasOwn(messages, id) ? (messages as Record<string, unknown>)[id] : undefined;
    if (!noOptions(opts) || !Array.isArray(message) || !isPlain(values)) return formatWithReactIntl(descriptor, values, opts);
    try {
      // With no formats of its own, react-intl hands IntlMessageFormat its defaults: the same here.
      const parts = formatToParts(message as Tree, locale, formatters, IntlMessageFormat.formats, values as Parameters<typeof formatToParts>[4]);
      // A part that is not text (a boolean value) is one react-intl returns as a list: let it.
      if (parts.some((part) => part.type !== PART_TYPE.literal)) return formatWithReactIntl(descriptor, values, opts);
      return parts.map((part) => part.value).join('');
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
    intl = withTreeFormatting(createIntl(intlConfig(locale), cache));
    intls.set(locale, intl);
  }
  return intl;
}
