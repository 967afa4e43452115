import type { IntlShape } from 'react-intl';
import type { Ownership } from './schema';

/**
 * "2001–2022", "since 2001" or "in 2001" in the reader's language: the years a stake was held (`to` is stored
 * exclusive), with "(end inferred)" where no source gives the end.
 */
export function heldYears(stake: Pick<Ownership, 'from' | 'to' | 'toIsInferred'>, intl: IntlShape): string {
  const kind = stake.to === null ? 'since' : stake.to - 1 === stake.from ? 'in' : 'span';
  const inferred = stake.to !== null && stake.toIsInferred === true ? 'yes' : 'no';
  return intl.formatMessage({ id: 'ownership.years' }, { kind, from: stake.from, to: stake.to === null ? '' : stake.to - 1, inferred });
}
