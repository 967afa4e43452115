import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Translation } from '../catalog';
import type { Locale } from '../locales';
import { loadOnce } from '../../lib/loadOnce';
import { EN_AREAS } from './en';

/**
 * Every area's catalog, by the key prefix its messages carry: one folder per area and one file per language,
 * so that people translating different parts of the page never edit the same file, and a page downloads
 * only its own language. en.ts, fr.ts and ja.ts are the only places the areas meet.
 */
type Areas = typeof EN_AREAS;
export type AreaCatalogs = { readonly [A in keyof Areas]: Translation<Areas[A]> };
/** Every message id of every area: `intl.formatMessage({ id })` and `<FormattedMessage id>` accept only these. */
export type MessageId = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas] & string;
/** Strings as written; in a production build, their ICU syntax trees (scripts/precompileMessages.ts). */
export type Messages = Readonly<Record<MessageId, string>> | Readonly<Record<MessageId, MessageFormatElement[]>>;

const merged = (areas: AreaCatalogs): Messages => Object.assign({}, ...Object.values(areas)) as Messages;

// French and Japanese are a third of the catalog each (~7 KiB gzip): fetched when the page is in that language,
// and on idle once the page is interactive, so switching language works offline too.
const AREA_LOADERS = new Map<Locale, () => Promise<AreaCatalogs>>([
  ['en', () => Promise.resolve(EN_AREAS)],
  ['fr', () => import('./fr').then((m) => m.FR_AREAS)],
  ['ja', () => import('./ja').then((m) => m.JA_AREAS)],
]);

// English is in the first script: there from the start, never waited for.
const ENGLISH = merged(EN_AREAS);
const catalogs = new Map([...AREA_LOADERS].map(([locale, load]) => [locale, loadOnce(() => load().then(merged))]));

/** A language's catalog, by area (what the catalog test reads). */
export function loadAreas(locale: Locale): Promise<AreaCatalogs> {
  return AREA_LOADERS.get(locale)!();
}

/** Fetches a language's catalog once; a failed fetch is tried again by the next call. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? Promise.resolve(ENGLISH) : catalogs.get(locale)!();
}

const loadedMessages = (locale: Locale): Messages | undefined => (locale === 'en' ? ENGLISH : catalogs.get(locale)!.loaded());

/** True once a language's catalog is in (English always is). */
export function hasMessages(locale: Locale): boolean {
  return loadedMessages(locale) !== undefined;
}

/** A loaded language's whole catalog; for one not loaded yet, a programming error (await loadMessages first). */
export function messagesFor(locale: Locale): Messages {
  const messages = loadedMessages(locale);
  if (!messages) throw new Error(`The ${locale} messages are not loaded: await loadMessages('${locale}') first.`);
  return messages;
}
