import { createContext, useContext, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAfterPaint } from '../lib/useAfterPaint';
import { selectFilters, useFilters, type Filters } from './filters';

/**
 * The user's choices as the views draw them: the store's, held back from a change until its frame is painted
 * (`useAfterPaint`) and the views have redrawn.
 * A brand toggle or a year change re-renders the controls at once; the four views redraw once that frame is
 * painted, in an interruptible (transition) render, so the click answers in its own frame even when a large
 * dataset takes the views hundreds of milliseconds to redraw (issue 16: 455 ms a toggle on the realistic
 * 100×). useDeferredValue started the same redraw before the frame whenever the browser had a moment: a real
 * toggle took 7.1 ms from an idle page to its next frame, 2.9 ms now (README, Performance). Controls (toggles,
 * the timeline, the ownership stepper) read the store itself, so they never lag.
 */
const DrawnChoices = createContext<Filters | null>(null);
/**
 * Whether the views are behind the store (a change not yet drawn). A context of its own, so the click's own
 * render reaches only the region that marks itself busy (ViewsRegion), not the views inside it.
 */
const Redrawing = createContext(false);

export function DrawnChoicesProvider({ children }: { children: ReactNode }) {
  const choices = useFilters(useShallow(selectFilters));
  const domain = useFilters((s) => s.domain);
  // A dataset with another domain (the first to arrive, a reload) has nothing drawn to hold on screen: its
  // views start from its choices in this very render, never from the last dataset's for a frame.
  const drawn = useAfterPaint(choices, choices, domain);
  return (
    <Redrawing.Provider value={drawn !== choices}>
      <DrawnChoices.Provider value={drawn}>{children}</DrawnChoices.Provider>
    </Redrawing.Provider>
  );
}

/** The choices the views draw; inside DrawnChoicesProvider (the App and renderWithProviders give one). */
export function useDrawnChoices(): Filters {
  const drawn = useContext(DrawnChoices);
  if (!drawn) throw new Error('useDrawnChoices is used outside DrawnChoicesProvider');
  return drawn;
}

/** True from a change until the views have drawn it. */
export function useIsRedrawing(): boolean {
  return useContext(Redrawing);
}
