import type { KeyboardEvent } from 'react';

/** A keydown handler that runs `action` on Enter or Space, as a native button would: for SVG marks with role="button". */
export function onActivateKey(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };
}
