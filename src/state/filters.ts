import { create } from 'zustand';
import { BRANDS, type Brand } from '../data/schema';
import { clampYear, compareAfterCursor, cursorAfterRange, cursorYear, nextPlayYear } from './time';

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
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Everything that changes what is drawn, and so everything a shared link restores. */
export interface Filters {
  yearRange: YearRange;
  /** The year the "as of" views show, always inside yearRange; null = the range's end. */
  at: number | null;
  /** The year the ownership view compares `at` with; null = no comparison. Never equal to `at`. */
  vs: number | null;
  /** Selected brands, always in BRANDS order. */
  brands: readonly Brand[];
  salesMode: SalesMode;
  salesLayout: SalesLayout;
  evScale: EvScale;
  mapRegion: MapRegion;
}

export const DEFAULT_FILTERS: Filters = {
  yearRange: YEAR_DOMAIN,
  at: null,
  vs: null,
  brands: BRANDS,
  salesMode: 'units',
  salesLayout: 'stacked',
  evScale: 'linear',
  mapRegion: 'world',
};

interface FilterState extends Filters {
  /** The brand hovered or focused in any view; every view emphasizes it. */
  highlightedBrand: Brand | null;
  /** Whether Play is stepping the cursor through the range; any other choice pauses it. */
  isPlaying: boolean;
  playSpeed: PlaySpeed;
}

interface FilterActions {
  setYearRange: (range: YearRange) => void;
  toggleBrand: (brand: Brand) => void;
  setHighlightedBrand: (brand: Brand | null) => void;
  /** Moves the cursor (clamped into the range); the range stays as it is. */
  setAt: (year: number) => void;
  /** Compares the ownership view with `year`, or stops comparing (null, or the cursor's own year). */
  setCompare: (year: number | null) => void;
  /** Starts playing from the range's start; the first step is taken at once. */
  play: () => void;
  pause: () => void;
  /** One tick of Play: the next year, or a stop at the range's end. Does not pause like other choices. */
  advancePlay: () => void;
  setPlaySpeed: (speed: PlaySpeed) => void;
  setSalesMode: (mode: SalesMode) => void;
  setSalesLayout: (layout: SalesLayout) => void;
  setEvScale: (scale: EvScale) => void;
  setMapRegion: (region: MapRegion) => void;
  applyFilters: (filters: Filters) => void;
  reset: () => void;
}

const initialState: FilterState = { ...DEFAULT_FILTERS, highlightedBrand: null, isPlaying: false, playSpeed: 1 };

/** Clamps to the domain and orders the ends, so no action can store an impossible range. */
export function clampRange([a, b]: YearRange): YearRange {
  const clamp = (y: number) => Math.min(YEAR_DOMAIN[1], Math.max(YEAR_DOMAIN[0], Math.round(y)));
  const [from, to] = [clamp(a), clamp(b)];
  return from <= to ? [from, to] : [to, from];
}

/** The time fields made consistent: the cursor inside the range, no comparison of a year with itself. */
function timeFields(yearRange: YearRange, at: number | null, vs: number | null): Pick<Filters, 'yearRange' | 'at' | 'vs'> {
  const range = clampRange(yearRange);
  const nextAt = cursorAfterRange(at, range);
  const nextVs = vs === null ? null : compareAfterCursor(clampYear(vs, YEAR_DOMAIN), cursorYear(nextAt, range));
  return { yearRange: range, at: nextAt, vs: nextVs };
}

export const useFilters = create<FilterState & FilterActions>()((set, get) => {
  // Every choice a person makes pauses Play; only Play's own ticks move the cursor while it runs.
  const choose = (patch: Partial<FilterState>) => set({ ...patch, isPlaying: false });
  return {
    ...initialState,
    setYearRange: (range) => choose(timeFields(range, get().at, get().vs)),
    toggleBrand: (brand) => {
      const current = get().brands;
      const next = current.includes(brand) ? current.filter((b) => b !== brand) : [...current, brand];
      choose({ brands: BRANDS.filter((b) => next.includes(b)) });
    },
    setHighlightedBrand: (brand) => set({ highlightedBrand: brand }),
    setAt: (year) => choose(timeFields(get().yearRange, year, get().vs)),
    setCompare: (year) => choose(timeFields(get().yearRange, get().at, year)),
    play: () => {
      const { yearRange, vs } = get();
      set({ ...timeFields(yearRange, yearRange[0], vs), isPlaying: true });
    },
    pause: () => set({ isPlaying: false }),
    advancePlay: () => {
      const { yearRange, at, vs } = get();
      const next = nextPlayYear(cursorYear(at, yearRange), yearRange);
      set(next === null ? { isPlaying: false } : timeFields(yearRange, next, vs));
    },
    setPlaySpeed: (playSpeed) => set({ playSpeed }),
    setSalesMode: (salesMode) => choose({ salesMode }),
    setSalesLayout: (salesLayout) => choose({ salesLayout }),
    setEvScale: (evScale) => choose({ evScale }),
    setMapRegion: (mapRegion) => choose({ mapRegion }),
    applyFilters: (filters) => choose({ ...filters, ...timeFields(filters.yearRange, filters.at, filters.vs) }),
    reset: () => set(initialState),
  };
});

/** The year the "as of" views show. */
export const selectCursor = (state: Pick<Filters, 'at' | 'yearRange'>): number => cursorYear(state.at, state.yearRange);

/** The Filters part of the store, for serializing. */
export function selectFilters(state: Filters): Filters {
  const { yearRange, at, vs, brands, salesMode, salesLayout, evScale, mapRegion } = state;
  return { yearRange, at, vs, brands, salesMode, salesLayout, evScale, mapRegion };
}
