import type { Brand } from '../data/schema';
import type { IntlShape } from 'react-intl';
import { formatsOf } from '../i18n/format';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import {
  browserLang,
  defaultFilters,
  selectFilters,
  EV_SCALES,
  MAP_REGIONS,
  SALES_LAYOUTS,
  SALES_MODES,
  type Domain,
  type Filters,
  type YearRange,
} from './filters';
import { PAGE_KEYS } from './pageMode';
import { clampYear } from './time';
import { firstChars } from '../lib/firstChars';
import { replaceControls } from '../lib/controlCharacters';

/**
 * Why a parameter was ignored, as a message of the filters catalog with its arguments (a list is a list of
 * code values, a nested reason is worded first): the notice words it in the page's language.
 */
export interface IgnoreReason {
  id: MessageId;
  values?: Readonly<Record<string, string | number | readonly string[] | IgnoreReason>>;
}

/** A query parameter that was present but could not be used. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: IgnoreReason;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: IgnoreReason };

const MAX_VALUE_LENGTH = 200;
const YEAR_PATTERN = /^(\d{4})(?:-(\d{4}))?$/;

/** `2013-2016` or `2015` → an inclusive range inside the dataset's years, ends in order. */
export function parseYears(raw: string, domain: Domain): Parsed<YearRange> {
  const match = YEAR_PATTERN.exec(raw.trim());
  if (!match) return { ok: false, reason: { id: 'filters.reason.year' } };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > to) return { ok: false, reason: { id: 'filters.reason.backwards' } };
  const [first, last] = domain.years;
  if (from < first || to > last) return { ok: false, reason: { id: 'filters.reason.outside', values: { from: first, to: last } } };
  return { ok: true, value: [from, to] };
}

const ONE_YEAR_PATTERN = /^\d{4}$/;

/** `2016` → a single year inside the dataset's years; anything but one year (a range too) is asked for as one. */
export function parseYear(raw: string, domain: Domain): Parsed<number> {
  if (!ONE_YEAR_PATTERN.test(raw.trim())) return { ok: false, reason: { id: 'filters.reason.oneYear' } };
  const years = parseYears(raw, domain);
  return years.ok ? { ok: true, value: years.value[0] } : years;
}

/** A compare year; a bad one says that comparing is off, since there is no default year to fall back to. */
function parseCompareYear(raw: string, domain: Domain): Parsed<number> {
  const year = parseYear(raw, domain);
  return year.ok ? year : { ok: false, reason: { id: 'filters.reason.compareOff', values: { reason: year.reason } } };
}

/** `Renault,nissan` (any case) → the dataset's brands in its order; `none` → no brand. */
export function parseBrands(raw: string, domain: Domain): Parsed<Brand[]> {
  const value = raw.trim();
  if (value.toLowerCase() === 'none') return { ok: true, value: [] };
  // Never empty: splitting "" gives [""], an unknown name.
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !domain.brands.some((b) => b.toLowerCase() === name));
  if (unknown.length > 0) {
    return { ok: false, reason: { id: 'filters.reason.brand', values: { brands: domain.brands } } };
  }
  return { ok: true, value: domain.brands.filter((b) => names.includes(b.toLowerCase())) };
}

function parseChoice<T extends string>(options: readonly T[]) {
  return (raw: string, _domain?: Domain): Parsed<T> => {
    const value = raw.trim().toLowerCase();
    const match = options.find((option) => option === value);
    return match ? { ok: true, value: match } : { ok: false, reason: { id: 'filters.reason.choice', values: { options } } };
  };
}

/** Each URL key, the filter field it sets, and how it is read and written. */
const PARAMS = {
  years: { field: 'yearRange', parse: parseYears, write: ([a, b]: YearRange) => (a === b ? `${a}` : `${a}-${b}`) },
  at: { field: 'at', parse: parseYear, write: String },
  vs: { field: 'vs', parse: parseCompareYear, write: String },
  brands: { field: 'brands', parse: parseBrands, write: (brands: readonly Brand[]) => (brands.length ? brands.join(',') : 'none') },
  sales: { field: 'salesMode', parse: parseChoice(SALES_MODES), write: String },
  bars: { field: 'salesLayout', parse: parseChoice(SALES_LAYOUTS), write: String },
  ev: { field: 'evScale', parse: parseChoice(EV_SCALES), write: String },
  map: { field: 'mapRegion', parse: parseChoice(MAP_REGIONS), write: String },
  lang: { field: 'lang', parse: parseChoice(LOCALES), write: String },
} as const;

type ParamKey = keyof typeof PARAMS;
const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];

/** Rewrites a query from an older form of the keys into the next one, in place. */
export type UrlMigration = (params: URLSearchParams) => void;

/**
 * Links made before a key was renamed or a value respelled keep working: when a key changes, append a
 * step that rewrites the old form into the new one (Grapher's GrapherUrlMigrations). Steps run in
 * order and must leave a current query unchanged. No key has changed since links were first shared.
 */
export const MIGRATIONS: readonly UrlMigration[] = [];

/** The query with every migration applied, oldest first. */
export function migrateQuery(query: string, steps: readonly UrlMigration[] = MIGRATIONS): URLSearchParams {
  const params = new URLSearchParams(query);
  for (const migrate of steps) migrate(params);
  return params;
}

/**
 * Reads a query string against the dataset's domain; each key is parsed alone and a bad one falls back
 * to its default. Never throws.
 */
export function parseFilters(query: string, domain: Domain): { filters: Filters; ignored: IgnoredParam[] } {
  const filters: Record<string, unknown> = { ...defaultFilters(domain) };
  const ignored: IgnoredParam[] = [];
  const params = migrateQuery(query);
  for (const key of PARAM_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const spec = PARAMS[key];
    const result: Parsed<unknown> =
      raw.length > MAX_VALUE_LENGTH ? { ok: false, reason: { id: 'filters.reason.tooLong' } } : spec.parse(raw, domain);
    if (result.ok) filters[spec.field] = result.value;
    else ignored.push({ key, value: firstChars(raw, 40), reason: result.reason });
    for (const extra of params.getAll(key).slice(1)) {
      ignored.push({ key, value: firstChars(extra, 40), reason: { id: 'filters.reason.repeated' } });
    }
  }
  // Any other key is a typo ("year" for "years") or from another page, and says so — but not the keys that
  // mail and social platforms append to shared links.
  // One pass, each key's first value: a link can hold hundreds of thousands of keys, and a lookup per key
  // (params.get scans them all) took 3 s for 10,000.
  const unknown = new Map<string, string>();
  for (const [key, value] of params) if (!unknown.has(key) && !READABLE.has(key) && !isPlatformKey(key)) unknown.set(key, value);
  for (const [key, value] of unknown) ignored.push({ key: firstChars(key, 40), value: firstChars(value, 40), reason: { id: 'filters.reason.unknown', values: { keys: [...READABLE] } } });
  return checkTimeKeys(filters as unknown as Filters, ignored);
}

/** Every key the page reads: the filters' and the page mode's. */
const READABLE: ReadonlySet<string> = new Set([...PARAM_KEYS, ...PAGE_KEYS]);

/** Keys that campaign, search and social platforms add to a shared link (utm_source, fbclid …). */
const isPlatformKey = (key: string) => key.startsWith('utm_') || PLATFORM_KEYS.has(key);
const PLATFORM_KEYS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'igshid', 'ttclid', 'twclid', 'yclid', 'srsltid', '_gl', 'mc_cid', 'mc_eid', 'mkt_tok', 'ref',
]);

/**
 * The keys read alone may still disagree: a cursor outside the range is clamped, and the notice says so. A
 * compare year the cursor stands on, or outside the range, is kept as the page that wrote the link kept it: it
 * compares nothing until the cursor or the range moves (selectComparedYear).
 */
function checkTimeKeys(filters: Filters, ignored: IgnoredParam[]): { filters: Filters; ignored: IgnoredParam[] } {
  const { yearRange: [from, to], at } = filters;
  let result = filters;
  if (at !== null && (at < from || at > to)) {
    const clamped = clampYear(at, [from, to]);
    ignored.push({ key: 'at', value: String(at), reason: { id: 'filters.reason.atOutside', values: { from, to, year: clamped } } });
    result = { ...result, at: clamped };
  }
  return { filters: result, ignored };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The query string (with `?`, or empty) for a filter state; defaults are left out to keep links short. The
 * language is left out when it is `unmarkedLang`: by default the browser's, so the address bar stays bare for
 * a reader in their own language.
 */
export function serializeFilters(filters: Filters, domain: Domain, unmarkedLang: Locale = browserLang()): string {
  const defaults = { ...defaultFilters(domain), lang: unmarkedLang };
  const params = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    const spec = PARAMS[key];
    const value = filters[spec.field];
    if (sameValue(value, defaults[spec.field])) continue;
    params.set(key, (spec.write as (v: unknown) => string)(value));
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * The query for the store's current choices, against its domain: what links and embeds carry. They name the
 * language unless it is English, so an embed or a shared link reads in the language it was made in, whatever
 * the browser that opens it prefers.
 */
export function selectQuery(state: Filters & { domain: Domain }): string {
  return serializeFilters(selectFilters(state), state.domain, DEFAULT_LOCALE);
}

/** The language a query asks for, read before the dataset (and so the rest of the query) is in; else the browser's. */
export function langFromQuery(query: string): Locale {
  const raw = migrateQuery(query).get('lang');
  const parsed = raw === null || raw.length > MAX_VALUE_LENGTH ? null : PARAMS.lang.parse(raw);
  return parsed?.ok ? parsed.value : browserLang();
}

/** A reason in the language of `intl`. */
export function describeReason(reason: IgnoreReason, intl: IntlShape): string {
  const values = Object.fromEntries(
    Object.entries(reason.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' || typeof value === 'number'
        ? value
        : isReason(value)
          ? describeReason(value, intl)
          : // Stryker disable next-line StringLiteral: list() reads every kind but 'and' as 'or', so an empty kind words the same.
            formatsOf(intl).list(value, 'or'),
    ]),
  );
  return intl.formatMessage({ id: reason.id }, values);
}

function isReason(value: readonly string[] | IgnoreReason): value is IgnoreReason {
  return !Array.isArray(value);
}

/** Parameters named one by one in the notice; the rest are counted. */
const NAMED_IGNORED = 5;

/** A sentence for the page: which parameters were ignored and why (five, and how many more: a link can hold thousands). */
export function describeIgnored(ignored: readonly IgnoredParam[], intl: IntlShape): string {
  const items = ignored
    .slice(0, NAMED_IGNORED)
    // Quoted back from an address anyone can send: a text-direction character there mirrored the notice's words.
    .map(({ key, value, reason }) => intl.formatMessage({ id: 'filters.notice.item' }, { key: replaceControls(key), value: replaceControls(value), reason: describeReason(reason, intl) }));
  const more = ignored.length - items.length;
  if (more > 0) items.push(intl.formatMessage({ id: 'filters.notice.more' }, { count: more }));
  return intl.formatMessage({ id: 'filters.notice' }, { list: formatsOf(intl).list(items) });
}
