import type { Ownership } from './schema';

/** "2001–2022", "since 2001" or "in 2001": the years a stake was held (`to` is stored exclusive). */
export function heldYears(stake: Pick<Ownership, 'from' | 'to'>): string {
  if (stake.to === null) return `since ${stake.from}`;
  return stake.to - 1 === stake.from ? `in ${stake.from}` : `${stake.from}–${stake.to - 1}`;
}
