/// <reference types="vite/client" />
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Translation } from '../catalog';
import type { Locale } from '../locales';
import { loadOnce } from '../../lib/loadOnce';
import { EN_AREAS, type EnglishLater } from './en';
import { dataTextsFromPairs, type DataTexts } from '../../data/localiseDataset';
import { reimportable } from '../../lib/reimportable';

/**
 * Every area's catalog, by the key prefix its messages carry: one folder per area and one file per language,
 * so that people translating different parts of the page never edit the same file, and a page downloads
 * only its own language. en.ts, fr.ts and ja.ts are the only places the areas meet.
 */
type Areas = typeof EN_AREAS & EnglishLater;
export type AreaCatalogs = { readonly [A in keyof Areas]: Translation<Areas[A]> };
/** Every message id of every area: `intl.formatMessage({ id })` and `<FormattedMessage id>` accept only these. */
export type MessageId = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas] & string;
/** Strings as written; in a production build, their ICU syntax trees (scripts/precompileMessages.ts). */
export type Messages = Readonly<Record<MessageId, string>> | Readonly<Record<MessageId, MessageFormatElement[]>>;

const merged = (areas: Partial<AreaCatalogs>): Messages => Object.assign({}, ...Object.values(areas)) as Messages;

/** A language's catalog by area, and the dataset's own words in that language (English: none to change). */
interface LocaleBundle {
  areas: AreaCatalogs;
  /** [English, translation] pairs as JSON text (src/i18n/dataTexts; the test there checks them against the dataset). */
  dataTexts: string;
}

// French and Japanese are chunks of their own (~12 KiB gzip each), and the dataset's texts in each language another
// (~12–14 KiB): fetched when the page is in that language, and on idle once the page is interactive, so switching
// language works offline too. The texts come as one string, parsed only when the page shows that language: as
// arrays and a Map, both languages' texts held 0.3 MB more on every page, most of which never shows them.
const enLater = reimportable(() => import('./enLater'));
const frMessages = reimportable(() => import(/* idle-prefetch */ './fr'));
const frTexts = reimportable(() => import(/* idle-prefetch */ '../dataTexts/fr.json?raw'));
const jaMessages = reimportable(() => import(/* idle-prefetch */ './ja'));
const jaTexts = reimportable(() => import(/* idle-prefetch */ '../dataTexts/ja.json?raw'));
const BUNDLE_LOADERS = new Map<Locale, () => Promise<LocaleBundle>>([
  ['en', () => enLater().then((m) => ({ areas: { ...EN_AREAS, ...m.EN_LATER_AREAS }, dataTexts: '[]' }))],
  ['fr', () => Promise.all([frMessages(), frTexts()]).then(([m, texts]) => ({ areas: m.FR_AREAS, dataTexts: texts.default }))],
  ['ja', () => Promise.all([jaMessages(), jaTexts()]).then(([m, texts]) => ({ areas: m.JA_AREAS, dataTexts: texts.default }))],
]);

interface Loaded {
  messages: Messages;
  dataTexts: () => DataTexts;
}

/** The texts as a Map, parsed on the first call. */
function parsedOnce(json: string): () => DataTexts {
  let texts: DataTexts | null = null;
  return () => (texts ??= dataTextsFromPairs(JSON.parse(json) as string[][]));
}

// English is in the first script: there from the start, never waited for — but for the areas that come with their
// code (EnglishLater), which add themselves.
const ENGLISH: Loaded = { messages: merged(EN_AREAS), dataTexts: parsedOnce('[]') };

/**
 * Adds an English area that travels with the code that shows it (EnglishLater) to the page's catalog: called by
 * that code's module as it loads. The catalog object itself takes it, so every intl made from it (the page's,
 * intlFor's) reads it at once, and nothing already drawn re-renders for words it does not use.
 */
export function addEnglish(areas: Partial<EnglishLater>): void {
  Object.assign(ENGLISH.messages, ...Object.values(areas));
}
const bundles = new Map(
  [...BUNDLE_LOADERS].map(([locale, load]) => [locale, loadOnce(() => load().then((b): Loaded => ({ messages: merged(b.areas), dataTexts: parsedOnce(b.dataTexts) })))]),
);

/** A language's catalog, by area (what the catalog test reads). */
export function loadAreas(locale: Locale): Promise<AreaCatalogs> {
  return BUNDLE_LOADERS.get(locale)!().then((b) => b.areas);
}

/** Fetches a language's catalog and dataset texts once; a failed fetch is tried again by the next call. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? Promise.resolve(ENGLISH.messages) : bundles.get(locale)!().then((b) => b.messages);
}

const loaded = (locale: Locale): Loaded | undefined => (locale === 'en' ? ENGLISH : bundles.get(locale)!.loaded());

/** True once a language's catalog is in (English always is). */
export function hasMessages(locale: Locale): boolean {
  return loaded(locale) !== undefined;
}

/** A loaded language's whole catalog; for one not loaded yet, a programming error (await loadMessages first). */
export function messagesFor(locale: Locale): Messages {
  const bundle = loaded(locale);
  if (!bundle) throw new Error(`The ${locale} messages are not loaded: await loadMessages('${locale}') first.`);
  return bundle.messages;
}

/** A loaded language's translations of the dataset's texts (empty for English, or a language not loaded yet). */
export function dataTextsFor(locale: Locale): DataTexts {
  return (loaded(locale) ?? ENGLISH).dataTexts();
}
