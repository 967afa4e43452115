import { useSyncExternalStore } from 'react';
import { shallow } from 'zustand/shallow';
import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import { brandIds, datasetYears, type YearRange } from '../data/catalogue';
import type { Brand, Dataset } from '../data/schema';
import { DEFAULT_LOCALE, localeFromLanguages, type Locale } from '../i18n/locales';
import { oncePer } from '../lib/oncePer';
import { NO_HIGHLIGHT, type Highlight } from './highlight';
import { clampYear, cursorAfterRange, cursorYear, nextPlayYear, playStart } from './time';

/** What the filter can choose from, as the dataset says: its years and its brands (see data/catalogue.ts). */
export interface Domain {
  years: YearRange;
  brands: readonly Brand[];
}

/**
 * The domain of a dataset: one object per dataset, so the App tells "the store holds this dataset's domain"
 * by identity, and the pre-render and its hydration set it before their first render.
 */
export const datasetDomain: (dataset: Dataset) => Domain = oncePer((dataset: Dataset) => ({ years: datasetYears(dataset), brands: brandIds(dataset) }));

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
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** The language a first visit reads: the browser's first language the dashboard has; English on the server. */
export function browserLang(): Locale {
  if (typeof navigator === 'undefined') return DEFAULT_LOCALE;
  return localeFromLanguages(navigator.languages?.length ? navigator.languages : [navigator.language ?? '']);
}

/** Everything that changes what is drawn, and so everything a shared link restores. */
export interface Filters {
  yearRange: YearRange;
  /** The year the "as of" views show, always inside yearRange; null = the range's end. */
  at: number | null;
  /** The year every view compares `at` with; null = no comparison. Kept when the cursor or range passes it (selectComparedYear). */
  vs: number | null;
  /** Selected brands, always in the dataset's order. */
  brands: readonly Brand[];
  salesMode: SalesMode;
  salesLayout: SalesLayout;
  evScale: EvScale;
  mapRegion: MapRegion;
  /** The language of every word, number and date on the page. */
  lang: Locale;
}

/** What the page shows when nothing has been chosen: every year and every brand of the dataset, in the browser's language. */
export function defaultFilters(domain: Domain): Filters {
  return { yearRange: domain.years, at: null, vs: null, brands: domain.brands, salesMode: 'units', salesLayout: 'stacked', evScale: 'linear', mapRegion: 'world', lang: browserLang() };
}

interface FilterState extends Filters {
  /** The dataset's years and brand ids, which clamp and order every choice; set once the data arrives. */
  domain: Domain;
  /** The brands of the mark hovered or focused in any view; every view emphasizes them. */
  highlighted: Highlight;
  /** Whether Play is stepping the cursor through the range; any other choice pauses it. */
  isPlaying: boolean;
  playSpeed: PlaySpeed;
  /** Set by fallBackToLang, cleared by any choice: the address takes that language in place (useUrlSync). */
  isLangFallback: boolean;
}

interface FilterActions {
  setYearRange: (range: YearRange) => void;
  toggleBrand: (brand: Brand) => void;
  setHighlighted: (brands: Highlight) => void;
  /** Moves the cursor (clamped into the range); the range stays as it is. */
  setAt: (year: number) => void;
  /** Compares the cursor's year with `year` in the views that compare, or stops comparing (null, or the cursor's own year). */
  setCompare: (year: number | null) => void;
  /** Starts playing from the cursor, or from the range's start when the cursor is at its end (time.ts playStart). */
  play: () => void;
  pause: () => void;
  /** One tick of Play: the next year, or a stop at the range's end. Does not pause like other choices. */
  advancePlay: () => void;
  setPlaySpeed: (speed: PlaySpeed) => void;
  setSalesMode: (mode: SalesMode) => void;
  setSalesLayout: (layout: SalesLayout) => void;
  setEvScale: (scale: EvScale) => void;
  setMapRegion: (region: MapRegion) => void;
  setLang: (lang: Locale) => void;
  /**
   * Back to the language shown when another's words failed to download: not a choice of the reader's, so it
   * pauses nothing and replaces the address's entry (a pushed one sent Back to the failing language again).
   */
  fallBackToLang: (lang: Locale) => void;
  applyFilters: (filters: Filters) => void;
  /** Adopts a dataset's domain with the choices given (read from the URL), or the defaults. */
  setDomain: (domain: Domain, filters?: Filters) => void;
  reset: () => void;
}

const initialState: FilterState = { ...defaultFilters(NO_DOMAIN), domain: NO_DOMAIN, highlighted: NO_HIGHLIGHT, isPlaying: false, playSpeed: 1, isLangFallback: false };

/** Clamps to the domain's years and orders the ends, so no action can store an impossible range. */
export function clampRange([a, b]: YearRange, domain: YearRange): YearRange {
  const [from, to] = [clampYear(a, domain), clampYear(b, domain)];
  return from <= to ? [from, to] : [to, from];
}

/**
 * The time fields made consistent: the cursor inside the range, the compare year inside the dataset's. A compare
 * year the cursor reaches is kept (selectComparedYear compares nothing meanwhile): dropped, Play across it ended
 * the comparison a person had set up.
 */
function timeFields(yearRange: YearRange, at: number | null, vs: number | null, domain: YearRange): Pick<Filters, 'yearRange' | 'at' | 'vs'> {
  // The same range object where the years are the same: a step of the cursor (each tick of Play) made a new one,
  // and every view took it for a new range and computed and drew its models again.
  const clamped = clampRange(yearRange, domain);
  const range = shallow(clamped, yearRange) ? yearRange : clamped;
  const nextAt = cursorAfterRange(at, range);
  const nextVs = vs === null ? null : clampYear(vs, domain);
  return { yearRange: range, at: nextAt, vs: nextVs };
}

/**
 * `next` with the lists `current` already holds where they are equal: adopting a domain or a link's choices
 * that change nothing then changes nothing the views compare by identity (the hydrated page adopts the
 * dataset's domain before hydrating and again when it reads the bare address: a new but equal year range
 * redrew all four views once it was interactive).
 */
function keepEqualLists(current: Filters, next: Filters): Filters {
  return {
    ...next,
    yearRange: shallow(current.yearRange, next.yearRange) ? current.yearRange : next.yearRange,
    brands: shallow(current.brands, next.brands) ? current.brands : next.brands,
  };
}

const filterStore = createStore<FilterState & FilterActions>()((set, get) => {
  // Every choice a person makes pauses Play; only Play's own ticks move the cursor while it runs.
  const choose = (patch: Partial<FilterState>) => set({ ...patch, isPlaying: false, isLangFallback: false });
  return {
    ...initialState,
    setYearRange: (range) => choose(timeFields(range, get().at, get().vs, get().domain.years)),
    toggleBrand: (brand) => {
      const { brands: current, domain } = get();
      const next = current.includes(brand) ? current.filter((b) => b !== brand) : [...current, brand];
      choose({ brands: domain.brands.filter((b) => next.includes(b)) });
    },
    setHighlighted: (brands) => set({ highlighted: brands }),
    setAt: (year) => choose(timeFields(get().yearRange, year, get().vs, get().domain.years)),
    setCompare: (year) => choose(timeFields(get().yearRange, get().at, year, get().domain.years)),
    play: () => {
      const { yearRange, at, vs } = get();
      set({ ...timeFields(yearRange, playStart(at, yearRange), vs, get().domain.years), isPlaying: true });
    },
    pause: () => set({ isPlaying: false }),
    advancePlay: () => {
      const { yearRange, at, vs } = get();
      const next = nextPlayYear(cursorYear(at, yearRange), yearRange);
      set(next === null ? { isPlaying: false } : timeFields(yearRange, next, vs, get().domain.years));
    },
    setPlaySpeed: (playSpeed) => set({ playSpeed }),
    setSalesMode: (salesMode) => choose({ salesMode }),
    setSalesLayout: (salesLayout) => choose({ salesLayout }),
    setEvScale: (evScale) => choose({ evScale }),
    setMapRegion: (mapRegion) => choose({ mapRegion }),
    setLang: (lang) => choose({ lang }),
    fallBackToLang: (lang) => set({ lang, isLangFallback: true }),
    applyFilters: (filters) => choose(keepEqualLists(get(), { ...filters, ...timeFields(filters.yearRange, filters.at, filters.vs, get().domain.years) })),
    setDomain: (domain, filters = defaultFilters(domain)) =>
      set({ ...keepEqualLists(get(), { ...filters, ...timeFields(filters.yearRange, filters.at, filters.vs, domain.years) }), domain, isPlaying: false }),
    // The language is the reader's, not a filter: resetting the filters keeps it.
    reset: () => set({ ...defaultFilters(get().domain), lang: get().lang, highlighted: NO_HIGHLIGHT, isPlaying: false }),
  };
});

type FilterStore = FilterState & FilterActions;

/**
 * The store as a hook, like zustand's own except for one thing: zustand renders `getInitialState()` (no
 * domain, nothing drawn) on the server and while hydrating. The build's pre-render and the client's
 * hydration of it both render the state set just before them (the dataset's defaults, see renderPage.tsx
 * and main.tsx), so here the server snapshot is the store's current state.
 */
function useFilterStore<T>(selector: (state: FilterStore) => T): T {
  const read = () => selector(filterStore.getState());
  return useSyncExternalStore(filterStore.subscribe, read, read);
}
export const useFilters = Object.assign(useFilterStore, filterStore);

/**
 * The brands every view emphasises: the hovered or focused mark's, those of them that are shown. A brand
 * switched off is gone or already dimmed in every view; emphasising it would only dim all the others. The
 * list held is returned as it is where every brand in it is shown, so a subscriber compares it by identity.
 */
export const selectHighlighted = ({ highlighted, brands }: Pick<FilterState, 'highlighted' | 'brands'>): Highlight => {
  if (highlighted.every((brand) => brands.includes(brand))) return highlighted;
  const shown = highlighted.filter((brand) => brands.includes(brand));
  return shown.length ? shown : NO_HIGHLIGHT;
};

/** The brands every view emphasises, for a component: compared item by item, as a filtered list is a new one. */
export const useHighlighted = () => useFilters(useShallow(selectHighlighted));

/** The year the "as of" views show. */
export const selectCursor = (state: Pick<Filters, 'at' | 'yearRange'>): number => cursorYear(state.at, state.yearRange);

/**
 * The year the cursor's is compared with, or null: none chosen, the cursor stands on it (a year is no comparison
 * with itself), or it is outside the years the filter shows (every view answers to the range; the choice comes
 * back when the range takes it in again).
 */
export const selectComparedYear = (state: Pick<Filters, 'at' | 'yearRange' | 'vs'>): number | null => {
  const { vs, yearRange: [from, to] } = state;
  return vs === null || vs === selectCursor(state) || vs < from || vs > to ? null : vs;
};

/** The Filters part of the store, for serializing. */
export function selectFilters(state: Filters): Filters {
  const { yearRange, at, vs, brands, salesMode, salesLayout, evScale, mapRegion, lang } = state;
  return { yearRange, at, vs, brands, salesMode, salesLayout, evScale, mapRegion, lang };
}
