import { useState } from 'react';
import { pageModeOf, type PageMode } from '../state/pageMode';
import type { IgnoredParam } from '../state/urlState';
import { useThemeChoice } from '../theme/useTheme';

/**
 * The page mode from the URL, read once: Back and Forward change filters, never the page's composition.
 * A `theme=` in the link (an embed defaults to light, whatever the reader's system says) becomes the theme
 * choice before the first paint.
 */
export function useInitialPageMode(): { readonly mode: Readonly<PageMode>; readonly ignored: readonly IgnoredParam[] } {
  const [parsed] = useState(() => {
    // The pre-render (no window) draws the bare address: the dashboard.
    const result = pageModeOf(typeof window === 'undefined' ? '' : window.location.search);
    const theme = result.mode.theme ?? (result.mode.isEmbed ? 'light' : null);
    if (theme) useThemeChoice.getState().setChoice(theme);
    return result;
  });
  return parsed;
}
