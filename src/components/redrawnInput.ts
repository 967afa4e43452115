/** Edits made on the pre-rendered page, put back into a page that could not hydrate it and drew itself afresh. */
import { watchUntil } from '../lib/watchUntil';
import { fieldsIn, replayFieldEdits, type PlacedEdits } from './earlyInput';

/**
 * Replays `placed` in a page drawn afresh (the pre-rendered one could not be hydrated), once it has drawn as many
 * fields as the pre-rendered page had: the same fields in the same order. Given up after `ms` (a page that
 * never draws them, as on an error), and at once when there is nothing to replay.
 */
export function replayWhenDrawn(container: HTMLElement, placed: PlacedEdits, ms = 30_000) {
  if (placed.edits.length === 0) return;
  const tryReplay = () => {
    const fields = fieldsIn(container);
    if (fields.length !== placed.count) return false;
    replayFieldEdits(container, placed.edits.flatMap(({ place, value }) => (fields[place] ? [{ field: fields[place], value }] : [])));
    return true;
  };
  if (tryReplay()) return;
  const timer = window.setTimeout(() => stop(), ms);
  const stop = watchUntil(container, tryReplay, () => window.clearTimeout(timer));
}
