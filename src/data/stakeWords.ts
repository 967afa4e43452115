// A stake's figures as words and message values, for the ownership view's sentences and the source panel alike.
import type { IntlShape } from 'react-intl';

/** A stake's percentage as the language writes it, to the source's two decimals: "67.13%" · "67,13 %". */
export function percentWords(percent: number, intl: IntlShape): string {
  return intl.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 2 });
}

/** A stake's voting right as a message's select value: 'unknown' where the source does not say. */
export const votingValue = (voting: boolean | null) => (voting === null ? 'unknown' : voting ? 'yes' : 'no');
