import type { ChartId } from '../components/chartTypes';
import { withPageMode, type PageMode } from '../state/pageMode';

/** The `type` of the message an embedded chart posts to its parent page whenever its height changes. */
export const HEIGHT_MESSAGE_TYPE = 'alliance-atlas:height';

/** What an embed posts to `window.parent`: `{ type: 'alliance-atlas:height', chart: 'ev', height: 612 }`. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  chart: ChartId;
  /** The embedded document's height in CSS pixels. */
  height: number;
}

/**
 * The snippet's iframe heights (px): the tallest each embed draws at any width it supports (320–1200 px), in any
 * language, so that where a host strips the script nothing is cut off; the script then trims the frame to the chart.
 * Measured at 320–1200 px in en, fr and ja (French is the tallest: sales 895, EV 1,003, ownership 1,453 at 480 px,
 * plants 1,775 at 320 px), rounded up; the browser suite checks that none is exceeded in English.
 */
export const EMBED_HEIGHTS: Readonly<Record<ChartId, number>> = { sales: 920, ev: 1040, ownership: 1480, plants: 1800 };

/** The link to one chart (`?chart=ev&years=…`), or to its embed (`&embed=1`), at `base` (origin + path). */
export function chartUrl(base: string, chart: ChartId, filterQuery: string, options: { isEmbed?: boolean; theme?: PageMode['theme'] } = {}): string {
  return `${base}${withPageMode(filterQuery, { chart, isEmbed: options.isEmbed ?? false, theme: options.theme ?? null })}`;
}

/** The whole dashboard with the same filters. */
export function dashboardUrl(base: string, filterQuery: string): string {
  return `${base}${filterQuery}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet to paste into an article: an iframe that reads well at its default height, then a short script
 * that resizes it to the height the chart posts (only messages from the atlas's origin, only this iframe).
 */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const origin = new URL(src).origin;
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;border:0" height="${height}"></iframe>`;
  const script = [
    '<script>',
    "window.addEventListener('message', function (e) {",
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== '${HEIGHT_MESSAGE_TYPE}') return;`,
    "  document.querySelectorAll('iframe').forEach(function (f) { if (f.contentWindow === e.source) f.height = String(e.data.height); });",
    '});',
    '</script>',
  ];
  return [iframe, ...script].join('\n');
}
