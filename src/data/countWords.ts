// An EV count in the reader's language as its source bounds or rounds it. Shared by the EV view's sentences
// (summary, cursor, targets' outcomes) and the source panel, so no sentence says "reached 450,000" where the
// source says "almost 450,000".
import type { IntlShape } from 'react-intl';
import type { EvMilestone } from './schema';

/**
 * "more than 273,550" · "près de 450 000" · "450,000台近く": `units` (already formatted) with its qualifier;
 * Japanese carries the counter 台, which its qualifier wraps.
 */
export function qualifiedCount(units: string, qualifier: EvMilestone['qualifier'] | null, intl: IntlShape): string {
  return intl.formatMessage({ id: 'ev.count.qualified' }, { qualifier: qualifier ?? 'none', units });
}
