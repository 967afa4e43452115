import type { ReactElement } from 'react';
import type { IntlShape } from 'react-intl';
import { imageDrawing, loadImageRenderer } from '../export/imageDrawing';
import { intlFor } from '../i18n/intl';
import { buildChartSvg, serializeSvg } from '../export/svg';
import { darkTheme, lightTheme, type Theme } from '../theme/tokens';

// The page loads the drawing code when someone exports; tests that draw images load it with this helper.
await loadImageRenderer();

/**
 * A chart's exported image as a file reader sees it: drawn as the views draw it, built, serialized and parsed again, without the page's
 * CSS, in the language of `intl` (English by default). Returns the chart's own <svg> inside the image.
 */
export function exportedChart(draw: (width: number, theme: Theme) => ReactElement | null, width: number, theme: Theme, intl: IntlShape = intlFor('en')): Element {
  const parts = { title: 'Chart', legend: [], filterLine: 'Filter', sourceLine: 'Source', theme };
  const file = new DOMParser().parseFromString(serializeSvg(buildChartSvg(imageDrawing(draw, intl), width, parts)), 'image/svg+xml');
  const chart = file.querySelector('svg > svg');
  if (!chart) throw new Error('The image holds no chart.');
  return chart;
}

/** The paint an element is drawn with: its own attribute or inline style, else its nearest ancestor's (SVG inheritance). */
export function paintOf(el: Element, property: 'fill' | 'stroke'): string | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = (node.getAttribute('style') ?? '').split(';').map((d) => d.split(':').map((p) => p.trim()));
    const inline = style.find(([name]) => name === property)?.[1];
    const value = inline ?? node.getAttribute(property);
    if (value) return value.toUpperCase();
  }
  return null;
}

/** Every text element with words in it, and the fill it is drawn with. */
export function textFills(chart: Element): { text: string; fill: string | null }[] {
  return [...chart.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim()).map((t) => ({ text: t.textContent ?? '', fill: paintOf(t, 'fill') }));
}

/** Runs `body` in a describe block per image size tests draw at: a phone's 400 px and a desktop's 900, light and dark. */
export function eachImageSize(body: (width: number, theme: Theme) => void) {
  for (const width of [400, 900]) {
    for (const theme of [lightTheme, darkTheme]) describe(`${width} px, ${theme.name}`, () => body(width, theme));
  }
}
