import type { Locale } from './locales';
import type { MessageId } from './messages';

/**
 * Messages whose translation is rightly the English text: words French shares with English ("Source",
 * "Date"). The catalog test and the browser's no-English scan both accept exactly these.
 */
export const SAME_AS_ENGLISH: ReadonlyMap<Locale, ReadonlySet<MessageId>> = new Map<Locale, ReadonlySet<MessageId>>([
  ['en', new Set()],
  ['fr', new Set<MessageId>(['panel.kicker', 'panel.date', 'sources.tapButton', 'plants.target.source'])],
  ['ja', new Set()],
]);
