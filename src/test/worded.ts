import { intlFor } from '../i18n/intl';
import { describeReason, type IgnoredParam } from '../state/urlState';

/** A parse result with each ignored key's reason worded in English, as the page's notice words it. */
export function worded<T extends { ignored: readonly IgnoredParam[] }>(result: T) {
  return { ...result, ignored: result.ignored.map((entry) => ({ ...entry, reason: describeReason(entry.reason, intlFor('en')) })) };
}
