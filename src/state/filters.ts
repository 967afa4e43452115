import { create } from 'zustand';
import { BRANDS, type Brand } from '../data/schema';

/** The years the filter can select: from the Alliance's founding to the latest source. */
export const YEAR_DOMAIN: readonly [number, number] = [1999, 2023];

export const SALES_MODES = ['units', 'share'] as const;
export const SALES_LAYOUTS = ['stacked', 'grouped'] as const;
export const EV_SCALES = ['linear', 'log'] as const;
export const MAP_REGIONS = ['world', 'europe', 'asia', 'americas'] as const;
export type SalesMode = (typeof SALES_MODES)[number];
export type SalesLayout = (typeof SALES_LAYOUTS)[number];
export type EvScale = (typeof EV_SCALES)[number];
export type MapRegion = (typeof MAP_REGIONS)[number];
export type YearRange = readonly [number, number];

/** Everything that changes what is drawn, and so everything a shared link restores. */
export interface Filters {
  yearRange: YearRange;
  /** Selected brands, always in BRANDS order. */
  brands: readonly Brand[];
  salesMode: SalesMode;
  salesLayout: SalesLayout;
  evScale: EvScale;
  mapRegion: MapRegion;
}

export const DEFAULT_FILTERS: Filters = {
  yearRange: YEAR_DOMAIN,
  brands: BRANDS,
  salesMode: 'units',
  salesLayout: 'stacked',
  evScale: 'linear',
  mapRegion: 'world',
};

interface FilterState extends Filters {
  /** The brand hovered or focused in any view; every view emphasizes it. */
  highlightedBrand: Brand | null;
  /** The range to restore when a year focused by clicking is clicked again. */
  rangeBeforeFocus: YearRange | null;
}

interface FilterActions {
  setYearRange: (range: YearRange) => void;
  toggleBrand: (brand: Brand) => void;
  setHighlightedBrand: (brand: Brand | null) => void;
  /** Narrows the range to one year, or restores the earlier range if that year is already focused. */
  toggleYearFocus: (year: number) => void;
  setSalesMode: (mode: SalesMode) => void;
  setSalesLayout: (layout: SalesLayout) => void;
  setEvScale: (scale: EvScale) => void;
  setMapRegion: (region: MapRegion) => void;
  applyFilters: (filters: Filters) => void;
  reset: () => void;
}

const initialState: FilterState = { ...DEFAULT_FILTERS, highlightedBrand: null, rangeBeforeFocus: null };

/** Clamps to the domain and orders the ends, so no action can store an impossible range. */
export function clampRange([a, b]: YearRange): YearRange {
  const clamp = (y: number) => Math.min(YEAR_DOMAIN[1], Math.max(YEAR_DOMAIN[0], Math.round(y)));
  const [from, to] = [clamp(a), clamp(b)];
  return from <= to ? [from, to] : [to, from];
}

export const useFilters = create<FilterState & FilterActions>()((set, get) => ({
  ...initialState,
  setYearRange: (range) => set({ yearRange: clampRange(range), rangeBeforeFocus: null }),
  toggleBrand: (brand) => {
    const current = get().brands;
    const next = current.includes(brand) ? current.filter((b) => b !== brand) : [...current, brand];
    set({ brands: BRANDS.filter((b) => next.includes(b)) });
  },
  setHighlightedBrand: (brand) => set({ highlightedBrand: brand }),
  toggleYearFocus: (year) => {
    const { yearRange, rangeBeforeFocus } = get();
    if (rangeBeforeFocus && yearRange[0] === year && yearRange[1] === year) {
      set({ yearRange: rangeBeforeFocus, rangeBeforeFocus: null });
    } else {
      set({ yearRange: clampRange([year, year]), rangeBeforeFocus: rangeBeforeFocus ?? yearRange });
    }
  },
  setSalesMode: (salesMode) => set({ salesMode }),
  setSalesLayout: (salesLayout) => set({ salesLayout }),
  setEvScale: (evScale) => set({ evScale }),
  setMapRegion: (mapRegion) => set({ mapRegion }),
  applyFilters: (filters) => set({ ...filters, yearRange: clampRange(filters.yearRange), rangeBeforeFocus: null }),
  reset: () => set(initialState),
}));

/** The Filters part of the store, for serializing. */
export function selectFilters(state: Filters): Filters {
  const { yearRange, brands, salesMode, salesLayout, evScale, mapRegion } = state;
  return { yearRange, brands, salesMode, salesLayout, evScale, mapRegion };
}
