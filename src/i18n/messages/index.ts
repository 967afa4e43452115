import type { Locale } from '../locales';
import { appMessages } from './app';
import { errorsMessages } from './errors';
import { evMessages } from './ev';
import { exportMessages } from './export';
import { filtersMessages } from './filters';
import { ownershipMessages } from './ownership';
import { plantsMessages } from './plants';
import { salesMessages } from './sales';
import { sourcesMessages } from './sources';

/**
 * Every area's catalog, by the key prefix its messages carry. One file per area so that people translating
 * different parts of the page never edit the same file; this list is the only place they meet.
 */
export const AREAS = {
  app: appMessages,
  filters: filtersMessages,
  export: exportMessages,
  sources: sourcesMessages,
  errors: errorsMessages,
  sales: salesMessages,
  ev: evMessages,
  ownership: ownershipMessages,
  plants: plantsMessages,
} as const;

type Areas = typeof AREAS;
/** Every message id of every area: `intl.formatMessage({ id })` and `<FormattedMessage id>` accept only these. */
export type MessageId = { [A in keyof Areas]: keyof Areas[A]['en'] }[keyof Areas] & string;
export type Messages = Readonly<Record<MessageId, string>>;

function merged(locale: Locale): Messages {
  return Object.assign({}, ...Object.values(AREAS).map((area) => area[locale])) as Messages;
}

const MESSAGES: ReadonlyMap<Locale, Messages> = new Map([
  ['en', merged('en')],
  ['fr', merged('fr')],
  ['ja', merged('ja')],
]);

/** A language's whole catalog. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES.get(locale)!;
}
