import type { ReactElement } from 'react';
import { imageDrawing } from '../export/imageDrawing';
import { buildChartSvg, serializeSvg } from '../export/svg';
import type { Theme } from '../theme/tokens';

/**
 * A chart's exported image as a file reader sees it: drawn as the views draw it, built, serialized and parsed again, without the page's
 * CSS. Returns the chart's own <svg> inside the image.
 */
export function exportedChart(draw: (width: number, theme: Theme) => ReactElement | null, width: number, theme: Theme): Element {
  const parts = { title: 'Chart', legend: [], filterLine: 'Filter', sourceLine: 'Source', theme };
  const file = new DOMParser().parseFromString(serializeSvg(buildChartSvg(imageDrawing(draw), width, parts)), 'image/svg+xml');
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
