import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectFilters, useFilters, type Filters } from './filters';

/**
 * The user's choices as the views draw them: the store's, held one step behind while a change is drawn.
 * A brand toggle or a year change re-renders the controls at once, and the four views in a deferred,
 * interruptible render after that frame, so the click answers in the next frame even when a large dataset
 * takes the views hundreds of milliseconds to redraw (issue 16: 455 ms a toggle on the realistic 100×).
 * A store subscription (useSyncExternalStore) always renders synchronously; a context value passed through
 * useDeferredValue does not. Controls (toggles, the timeline) read the store itself, so they never lag.
 */
const DrawnChoices = createContext<Filters | null>(null);

export function DrawnChoicesProvider({ children }: { children: ReactNode }) {
  const choices = useFilters(useShallow(selectFilters));
  const drawn = useDeferredValue(choices);
  return <DrawnChoices.Provider value={drawn}>{children}</DrawnChoices.Provider>;
}

/** The choices the views draw; inside DrawnChoicesProvider (the App and renderWithProviders give one). */
export function useDrawnChoices(): Filters {
  const drawn = useContext(DrawnChoices);
  if (!drawn) throw new Error('useDrawnChoices is used outside DrawnChoicesProvider');
  return drawn;
}
