import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value` as what is drawn from it takes it: `initial` on mount, then each new value once the frame of the
 * render that brought it is painted (`afterNextPaint`), in an interruptible (transition) render. The one rule
 * for work that must not stand between the page and its next frame: the views' redraw after a click, and the
 * later views' first render after the first chart's. A newer value cancels the wait and starts its own.
 * A change of `resetKey` (a dataset of another domain) takes the value in the same render: there is nothing
 * drawn from the old key to keep on screen.
 */
export function useAfterPaint<T>(value: T, initial: T, resetKey?: unknown): T {
  const [held, setHeld] = useState({ value: initial, resetKey });
  if (!Object.is(held.resetKey, resetKey)) setHeld({ value, resetKey });
  useEffect(() => {
    if (Object.is(held.value, value)) return;
    return afterNextPaint(() => startTransition(() => setHeld({ value, resetKey })));
  }, [value, resetKey, held]);
  return held.value;
}
