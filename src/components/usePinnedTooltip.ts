import { useCallback, useEffect, useRef, useState } from 'react';
import { tapToPreview } from './tapToPreview';

/** While a tapped tooltip is up, a tap anywhere but on it (`keep`: a CSS selector) calls `dismiss`. */
export function useDismissOnTapElsewhere(dismiss: (() => void) | null, keep: string) {
  useEffect(() => {
    if (!dismiss) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(keep)) return;
      dismiss();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [dismiss, keep]);
}

/**
 * Touch reading for one chart: the key of the mark whose tooltip a tap pinned (null: none). A tap shows
 * the tooltip and pins it; while pinned, hover and focus leaving do not hide it (`isPinned`), a tap
 * anywhere but on the tooltip unpins it and calls `onUnpin`, and a second tap on the same mark opens its
 * source. `tapHandlers` are spread on a mark beside its hover/focus handlers.
 */
export function usePinnedTooltip(tooltipSelector: string, onUnpin: () => void) {
  const [pinned, setPinned] = useState<string | null>(null);
  // Read in event handlers, which may run before React re-renders with the new state.
  const pinnedRef = useRef<string | null>(null);
  const pin = useCallback((key: string | null) => {
    pinnedRef.current = key;
    setPinned(key);
  }, []);
  const unpin = useCallback(() => {
    pin(null);
    onUnpin();
  }, [pin, onUnpin]);
  useDismissOnTapElsewhere(pinned === null ? null : unpin, tooltipSelector);
  const isPinned = useCallback(() => pinnedRef.current !== null, []);
  const tapHandlers = useCallback(
    (key: string, preview: () => void, open: () => void) =>
      tapToPreview({
        // The render after a tap pinned its mark precedes the next tap: state is current when a finger lands.
        isShown: () => pinned === key,
        preview: () => {
          preview();
          pin(key);
        },
        open,
      }),
    [pinned, pin],
  );
  return { pinned, isPinned, tapHandlers };
}
