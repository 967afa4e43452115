import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { brandColours } from '../data/catalogue';
import { useDataset } from '../data/useDataset';
import { darkTheme, lightTheme, themeCssVars, type Theme } from './tokens';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The person's explicit choice; 'system' follows prefers-color-scheme. */
export const useThemeChoice = create<{ choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void }>()((set) => ({
  choice: 'system',
  setChoice: (choice) => set({ choice }),
}));

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * One MediaQueryList per query for the page's life. React reads a store's snapshot on every render of every
 * component using it — each themed chart part — and each `matchMedia` call builds a new list: about 1 ms of a
 * brand click's work in a CPU profile. A list's `matches` follows the media as it changes.
 */
const mediaLists = new Map<string, MediaQueryList | undefined>();
function mediaList(query: string): MediaQueryList | undefined {
  if (!mediaLists.has(query)) mediaLists.set(query, window.matchMedia?.(query));
  return mediaLists.get(query);
}

function subscribeToScheme(onChange: () => void) {
  const media = mediaList(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => mediaList(DARK_QUERY)?.matches ?? false;

// Ctrl+P fires beforeprint before the page is laid out for paper; page.pdf() and emulated print media only
// change the media query. Either way the page re-renders in the light palette while printing.
let isBeforePrint = false;
function subscribeToPrint(onChange: () => void) {
  const media = mediaList('print');
  const before = () => { isBeforePrint = true; onChange(); };
  const after = () => { isBeforePrint = false; onChange(); };
  media?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    media?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
const isPrintMedia = () => isBeforePrint || (mediaList('print')?.matches ?? false);

/** True while the page is being printed. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribeToPrint, isPrintMedia, () => false);
}

/** The theme in force, from the choice and the system setting with the dataset's brand colours. */
export function useTheme(): Theme {
  const choice = useThemeChoice((s) => s.choice);
  const prefersDark = useSyncExternalStore(subscribeToScheme, systemPrefersDark, () => false);
  const isPrinting = usePrinting();
  const isDark = !isPrinting && (choice === 'dark' || (choice === 'system' && prefersDark));
  return useDatasetTheme(isDark ? darkTheme : lightTheme);
}

/** A theme with the loaded dataset's brand colours for its light or dark side (the tokens hold none). */
export function useDatasetTheme(base: Theme): Theme {
  const brands = useDataset().data?.brands;
  return useMemo(() => (brands ? { ...base, brand: brandColours(brands, base.name) } : base), [base, brands]);
}

/** Writes the theme's CSS variables onto <html>; call once, at the top. */
export function useApplyTheme(theme: Theme) {
  useEffect(() => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(themeCssVars(theme))) root.style.setProperty(name, value);
    root.dataset.theme = theme.name;
    root.style.colorScheme = theme.name;
  }, [theme]);
}
