import type { Dataset } from './schema';

// Its own module: the EV view draws by it and the source panel words it, and the panel's code loads on demand.
type Milestone = Dataset['evMilestones'][number];

/**
 * Whether two milestones for the same series, measure and count contradict each other on the date.
 * A "more than" record ("more than 500,000 by the end of December") is a lower bound: it is consistent with
 * the count being reached exactly on any earlier date. So they conflict only when the dates differ and
 * the later-dated record is not one ("almost 500,000" later says it was not reached before; "about" cannot
 * tell, and is not taken as agreeing).
 */
export function isDateConflict(a: Milestone, b: Milestone): boolean {
  if (a.series !== b.series || a.units !== b.units || a.measure !== b.measure || a.date === b.date) return false;
  const later = a.date > b.date ? a : b;
  return later.qualifier !== 'over';
}
