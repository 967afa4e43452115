import { CHART_IDS, type ChartId } from '../components/chartTypes';
import { firstChars } from '../lib/firstChars';
import { oncePerName } from '../lib/oncePer';
import type { IgnoredParam, IgnoreReason } from './urlState';

export const PAGE_THEMES = ['light', 'dark'] as const;
export type PageTheme = (typeof PAGE_THEMES)[number];

/**
 * How the page is composed, read once from the URL: the whole dashboard, one chart on its own page, or one
 * chart embedded in someone else's page. Not a filter: it never changes while the page is open.
 */
export interface PageMode {
  chart: ChartId | null;
  isEmbed: boolean;
  /** A theme asked for in the link; null leaves the person's own choice (an embed defaults to light). */
  theme: PageTheme | null;
}

/** The URL keys the page mode reads (the filters read theirs: urlState's PARAMS). */
export const PAGE_KEYS = ['chart', 'embed', 'theme'] as const;

export const DASHBOARD_MODE: PageMode = { chart: null, isEmbed: false, theme: null };

const MAX_VALUE_LENGTH = 40;

/** The one value of `key`, or why it cannot be used; null when absent. */
function singleValue(params: URLSearchParams, key: (typeof PAGE_KEYS)[number], ignored: IgnoredParam[]): string | null {
  const values = params.getAll(key);
  if (values.length === 0) return null;
  // Two charts or two themes in one link: neither can be trusted to be the one meant, so the default stands.
  if (values.length > 1) {
    ignored.push({ key, value: firstChars(values.join(','), MAX_VALUE_LENGTH), reason: { id: 'filters.reason.repeatedDefault' } });
    return null;
  }
  return values[0]!.trim().toLowerCase();
}

/** The option a value names; null for none, or for no value. */
function choice<T extends string>(options: readonly T[], value: string | null): T | null {
  return options.find((option) => option === value) ?? null;
}

/** Reads `chart`, `embed` and `theme`; each bad one falls back to its default and is reported. Never throws. */
export function parsePageMode(query: string): { mode: PageMode; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(query);
  const ignored: IgnoredParam[] = [];
  const report = (key: string, value: string, reason: IgnoreReason) => ignored.push({ key, value: firstChars(value, MAX_VALUE_LENGTH), reason });

  const rawChart = singleValue(params, 'chart', ignored);
  const chart = choice(CHART_IDS, rawChart);
  if (rawChart !== null && chart === null) report('chart', rawChart, { id: 'filters.reason.choice', values: { options: CHART_IDS } });

  const rawEmbed = singleValue(params, 'embed', ignored);
  let isEmbed = false;
  if (rawEmbed !== null) {
    if (rawEmbed !== '1' && rawEmbed !== '0') report('embed', rawEmbed, { id: 'filters.reason.embed' });
    else if (rawEmbed === '1' && chart === null) report('embed', rawEmbed, { id: 'filters.reason.embedAlone' });
    else isEmbed = rawEmbed === '1';
  }

  const rawTheme = singleValue(params, 'theme', ignored);
  const theme = choice(PAGE_THEMES, rawTheme);
  if (rawTheme !== null && theme === null) report('theme', rawTheme, { id: 'filters.reason.choice', values: { options: PAGE_THEMES } });

  return { mode: { chart, isEmbed, theme }, ignored };
}

/**
 * An address's other keys, its page keys (chart, embed, theme) taken out: the filters a link to another page of it
 * keeps where the store never read them (the dataset failed to load), as they stand, unchecked.
 */
export function filterQueryOf(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of PAGE_KEYS) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The page keys of a mode as query pairs, in a fixed order; the dashboard has none. */
export function pageModeParams(mode: PageMode): [string, string][] {
  const pairs: [string, string][] = [];
  if (mode.chart) pairs.push(['chart', mode.chart]);
  if (mode.isEmbed) pairs.push(['embed', '1']);
  if (mode.theme) pairs.push(['theme', mode.theme]);
  return pairs;
}

/** A filter query (`?years=…` or empty) with the page keys put in front: `?chart=ev&embed=1&years=2013-2016`. */
export function withPageMode(filterQuery: string, mode: PageMode): string {
  const pairs = pageModeParams(mode).map(([key, value]) => `${key}=${value}`);
  // Stryker disable next-line Regex: the filter query is serializeFilters' output, whose encoding writes any other "?" as %3F.
  const rest = filterQuery.replace(/^\?/, '');
  const query = [...pairs, ...(rest ? [rest] : [])].join('&');
  return query ? `?${query}` : '';
}

/**
 * The page mode of an address, parsed once: the entry script (which view chunks to fetch) and the app (how
 * to compose the page) both read the address the page was opened at, and get the same answer.
 */
export const pageModeOf: (query: string) => { readonly mode: Readonly<PageMode>; readonly ignored: readonly IgnoredParam[] } = oncePerName(parsePageMode);

/**
 * This page's address without its query and fragment, what every link and history entry the page writes starts
 * with. Absolute: a path that starts with two slashes ("//evil.example/", which a host's fallback may serve this
 * page at) is another site's address when written as a relative link, and history.pushState refuses it. From the
 * whole address, not `origin` + path: a sandboxed frame's origin is the string "null".
 */
export function pageBase({ href }: Pick<Location, 'href'>): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}
