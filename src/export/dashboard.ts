import { FONT_STACK, type Theme } from '../theme/tokens';
import { EXPORT_PAD as PAD, svgSize } from './svg';
import { svgElement, textElement as text } from './svgElements';

const GAP = 16;

/** Lays chart exports out two to a row under a header with the filter state and the date. */
export function composeDashboardSvg(charts: readonly SVGSVGElement[], header: { title: string; filterLine: string; dateLine: string }, theme: Theme): SVGSVGElement {
  const sizes = charts.map(svgSize);
  const columnWidth = Math.max(...sizes.map((s) => s.width), 400);
  const root = svgElement('svg', { 'font-family': FONT_STACK });
  const title = svgElement('title');
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
  const background = svgElement('rect', { width, height, fill: theme.background });
  root.insertBefore(background, title.nextSibling);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}
