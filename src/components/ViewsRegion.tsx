import type { ReactNode } from 'react';
import { useIsRedrawing } from '../state/drawnChoices';

/**
 * The page's views (the skip link's target), busy (aria-busy) from a change until they have drawn it, so
 * assistive technology reads the cards once they agree with the controls. Only this element re-renders in
 * the click's own frame; the views inside are the same elements and are left alone until their redraw.
 */
export function ViewsRegion({ className, children }: { className: string; children: ReactNode }) {
  const isRedrawing = useIsRedrawing();
  return (
    <main id="views" className={className} aria-busy={isRedrawing || undefined}>
      {children}
    </main>
  );
}
