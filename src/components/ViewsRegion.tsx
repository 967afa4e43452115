import type { ReactNode } from 'react';
import { useIsRedrawing } from '../state/drawnChoices';

/**
 * The page's views (the skip link's target), busy (aria-busy) from a change until they have drawn it, so
 * assistive technology reads the cards once they agree with the controls. Marking it busy re-renders this
 * element alone: the views inside are the same elements, left for their redraw.
 */
export function ViewsRegion({ className, children }: { className: string; children: ReactNode }) {
  const isRedrawing = useIsRedrawing();
  return (
    <main id="views" className={className} aria-busy={isRedrawing || undefined}>
      {children}
    </main>
  );
}
