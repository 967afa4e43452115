import type { Brand } from '../data/schema';

/** A theme is plain data: colours checked for WCAG AA contrast and colour-vision deficiency (see README). */
export interface Theme {
  name: 'light' | 'dark';
  /** One colour per brand, shared by every view and legend: the dataset's `brands[].colours` for this theme. */
  brand: ReadonlyMap<Brand, string>;
  /** Alliance-wide series and totals. */
  alliance: string;
  /** Companies outside the four brands (Daimler, French State, Geely…). */
  other: string;
  background: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  /**
   * The sales stack's rest (brands switched off or without bars): between the grid, which left it unseen (1.25:1),
   * and the "other companies" colour, under which it read as one more brand.
   */
  rest: string;
  /** The map's land: in the dark theme a step lighter than the grid, which left it barely seen on the card (a UX review). */
  land: string;
  border: string;
  accent: string;
  focus: string;
}

export const lightTheme: Theme = {
  name: 'light',
  brand: new Map(),
  alliance: '#3B3F45',
  other: '#6B7280',
  background: '#F4F3EF',
  surface: '#FFFFFF',
  text: '#1F2328',
  muted: '#57606A',
  grid: '#E4E4E0',
  rest: '#C2C5CA',
  land: '#E4E4E0',
  border: '#D8D7D1',
  accent: '#1D3557',
  focus: '#1A5FB4',
};

export const darkTheme: Theme = {
  name: 'dark',
  brand: new Map(),
  alliance: '#D0D4DA',
  other: '#9AA3AE',
  background: '#101418',
  surface: '#1A1F25',
  text: '#E6E8EB',
  muted: '#A4ACB6',
  grid: '#2C333B',
  rest: '#525A64',
  land: '#3A434E',
  border: '#343C45',
  accent: '#A8C7F0',
  focus: '#7FB2FF',
};

/** A brand's colour, or the colour of companies outside the brands when the dataset gives none. */
export function brandColour(theme: Theme, brand: Brand | null): string {
  return (brand === null ? undefined : theme.brand.get(brand)) ?? theme.other;
}

export const FONT_STACK = '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif';

/** CSS custom properties for a theme, applied on <html> so plain CSS can use them. */
export function themeCssVars(theme: Theme): Record<string, string> {
  return {
    '--bg': theme.background,
    '--surface': theme.surface,
    '--text': theme.text,
    '--muted': theme.muted,
    '--grid': theme.grid,
    '--border': theme.border,
    '--accent': theme.accent,
    '--focus': theme.focus,
    '--alliance': theme.alliance,
    '--other': theme.other,
  };
}
