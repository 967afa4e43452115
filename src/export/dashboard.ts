import { FONT_STACK, type Theme } from '../theme/tokens';
import { svgSize } from './svg';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const GAP = 16;

function text(content: string, attrs: Record<string, string | number>): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.textContent = content;
  return el;
}

/** Lays chart exports out two to a row under a header with the filter state and the date. */
export function composeDashboardSvg(charts: readonly SVGSVGElement[], header: { title: string; filterLine: string; dateLine: string }, theme: Theme): SVGSVGElement {
  const sizes = charts.map(svgSize);
  const columnWidth = Math.max(...sizes.map((s) => s.width), 400);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('font-family', FONT_STACK);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = header.title;
  root.append(title);
  root.append(text('Alliance Atlas', { x: PAD, y: PAD + 22, 'font-size': 26, 'font-weight': 700, fill: theme.text }));
  root.append(text(`${header.filterLine} · ${header.dateLine}`, { x: PAD, y: PAD + 46, 'font-size': 13, fill: theme.muted }));
  let y = PAD + 64;
  for (let row = 0; row < charts.length; row += 2) {
    const pair = charts.slice(row, row + 2);
    const rowHeight = Math.max(...pair.map((svg) => svgSize(svg).height));
    pair.forEach((svg, column) => {
      svg.setAttribute('x', String(PAD + column * (columnWidth + GAP)));
      svg.setAttribute('y', String(y));
      root.append(svg);
    });
    y += rowHeight + GAP;
  }
  const width = PAD * 2 + columnWidth * Math.min(2, charts.length) + (charts.length > 1 ? GAP : 0);
  const height = y - GAP + PAD;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', theme.background);
  root.insertBefore(background, title.nextSibling);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}
