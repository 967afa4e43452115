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

function subscribeToScheme(onChange: () => void) {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

// Ctrl+P fires beforeprint before the page is laid out for paper; page.pdf() and emulated print media only
// change the media query. Either way the page re-renders in the light palette while printing.
let isBeforePrint = false;
function subscribeToPrint(onChange: () => void) {
  const media = window.matchMedia?.('print');
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
const isPrintMedia = () => isBeforePrint || (window.matchMedia?.('print').matches ?? false);

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
