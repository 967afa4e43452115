import { create } from 'zustand';
import { brandIds, datasetYears, type YearRange } from '../data/catalogue';
import type { Brand, Dataset } from '../data/schema';

/** What the filter can choose from, as the dataset says: its years and its brands (see data/catalogue.ts). */
export interface Domain {
  years: YearRange;
  brands: readonly Brand[];
}

/** The domain of a dataset. */
export function datasetDomain(dataset: Dataset): Domain {
  return { years: datasetYears(dataset), brands: brandIds(dataset) };
}

/** Before the dataset has arrived nothing can be chosen; nothing is drawn either. */
const NO_DOMAIN: Domain = { years: [0, 0], brands: [] };

export const SALES_MODES = ['units', 'share'] as const;
export const SALES_LAYOUTS = ['stacked', 'grouped'] as const;
export const EV_SCALES = ['linear', 'log'] as const;
export const MAP_REGIONS = ['world', 'europe', 'asia', 'americas'] as const;
export type SalesMode = (typeof SALES_MODES)[number];
export type SalesLayout = (typeof SALES_LAYOUTS)[number];
export type EvScale = (typeof EV_SCALES)[number];
export type MapRegion = (typeof MAP_REGIONS)[number];
export type { YearRange };

/** Everything that changes what is drawn, and so everything a shared link restores. */
export interface Filters {
  yearRange: YearRange;
  /** Selected brands, always in the dataset's order. */
  brands: readonly Brand[];
  salesMode: SalesMode;
  salesLayout: SalesLayout;
  evScale: EvScale;
  mapRegion: MapRegion;
}

/** What the page shows when nothing has been chosen: every year and every brand of the dataset. */
export function defaultFilters(domain: Domain): Filters {
  return { yearRange: domain.years, brands: domain.brands, salesMode: 'units', salesLayout: 'stacked', evScale: 'linear', mapRegion: 'world' };
}

interface FilterState extends Filters {
  /** The dataset's years and brand ids, which clamp and order every choice; set once the data arrives. */
  domain: Domain;
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
  /** Adopts a dataset's domain with the choices given (read from the URL), or the defaults. */
  setDomain: (domain: Domain, filters?: Filters) => void;
  reset: () => void;
}

const initialState: FilterState = { ...defaultFilters(NO_DOMAIN), domain: NO_DOMAIN, highlightedBrand: null, rangeBeforeFocus: null };

/** Clamps to the domain's years and orders the ends, so no action can store an impossible range. */
export function clampRange([a, b]: YearRange, domain: YearRange): YearRange {
  const clamp = (y: number) => Math.min(domain[1], Math.max(domain[0], Math.round(y)));
  const [from, to] = [clamp(a), clamp(b)];
  return from <= to ? [from, to] : [to, from];
}

export const useFilters = create<FilterState & FilterActions>()((set, get) => ({
  ...initialState,
  setYearRange: (range) => set({ yearRange: clampRange(range, get().domain.years), rangeBeforeFocus: null }),
  toggleBrand: (brand) => {
    const { brands: current, domain } = get();
    const next = current.includes(brand) ? current.filter((b) => b !== brand) : [...current, brand];
    set({ brands: domain.brands.filter((b) => next.includes(b)) });
  },
  setHighlightedBrand: (brand) => set({ highlightedBrand: brand }),
  toggleYearFocus: (year) => {
    const { yearRange, rangeBeforeFocus } = get();
    if (rangeBeforeFocus && yearRange[0] === year && yearRange[1] === year) {
      set({ yearRange: rangeBeforeFocus, rangeBeforeFocus: null });
    } else {
      set({ yearRange: clampRange([year, year], get().domain.years), rangeBeforeFocus: rangeBeforeFocus ?? yearRange });
    }
  },
  setSalesMode: (salesMode) => set({ salesMode }),
  setSalesLayout: (salesLayout) => set({ salesLayout }),
  setEvScale: (evScale) => set({ evScale }),
  setMapRegion: (mapRegion) => set({ mapRegion }),
  applyFilters: (filters) => set({ ...filters, yearRange: clampRange(filters.yearRange, get().domain.years), rangeBeforeFocus: null }),
  setDomain: (domain, filters = defaultFilters(domain)) =>
    set({ ...filters, domain, yearRange: clampRange(filters.yearRange, domain.years), rangeBeforeFocus: null }),
  reset: () => set({ ...defaultFilters(get().domain), highlightedBrand: null, rangeBeforeFocus: null }),
}));

/** The Filters part of the store, for serializing. */
export function selectFilters(state: Filters): Filters {
  const { yearRange, brands, salesMode, salesLayout, evScale, mapRegion } = state;
  return { yearRange, brands, salesMode, salesLayout, evScale, mapRegion };
}
