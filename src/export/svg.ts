import { DEFAULT_DASH, type LegendItem } from '../components/chartTypes';
import { toTenth } from '../components/geometry';
import { textWidth } from '../components/textWidth';
import { flowEntries } from '../components/flowEntries';
import { wrapText } from '../components/wrapText';
import { FONT_STACK, type Theme } from '../theme/tokens';
import { NothingToExportError } from './errors';
import { sanitizeSvg } from './sanitize';
import { svgElement, textElement } from './svgElements';

function legendGroup(items: readonly LegendItem[], width: number, theme: Theme): { group: SVGGElement; height: number } {
  const group = svgElement('g', { 'font-size': 12, fill: theme.text });
  // A label starts SYMBOL px after its entry's start, past its swatch; a wrapped one's lines are LINE px apart.
  const [SYMBOL, LINE] = [20, 15];
  const flow = flowEntries(items, width, (text) => textWidth(text, 12), { symbol: SYMBOL, gap: 16, row: 20, line: LINE });
  for (const { item, x, y, lines } of flow.entries) {
    const isLine = item.symbol === 'line' || item.symbol === 'dashed';
    const isOpen = item.symbol === 'hollow' || item.symbol === 'outline';
    const swatch = isLine
      ? svgElement('line', { x1: x, x2: x + 16, y1: y + 6, y2: y + 6, stroke: item.color, 'stroke-width': 3, ...(item.symbol === 'dashed' ? { 'stroke-dasharray': item.dash ?? DEFAULT_DASH } : {}) })
      : svgElement('rect', {
          x, y, width: 12, height: 12, rx: item.symbol === 'circle' || item.symbol === 'hollow' ? 6 : item.symbol === 'outline' ? 3 : 2,
          fill: isOpen ? 'none' : item.color, stroke: item.color,
          ...(item.symbol === 'outline' ? { 'stroke-width': 1.5, ...(item.dash ? { 'stroke-dasharray': item.dash } : {}) } : {}),
        });
    group.append(swatch, ...lines.map((line, n) => textElement(line, { x: x + SYMBOL, y: y + 10 + n * LINE })));
  }
  return { group, height: flow.height };
}

export interface ExportParts {
  title: string;
  subtitle?: string;
  legend: readonly LegendItem[];
  /** e.g. "Years 2013–2016 · Brands: Renault, Nissan" */
  filterLine: string;
  sourceLine: string;
  /** The card's footnotes (why a bar is missing, what a dotted line means): an image must explain itself too. */
  notes?: readonly string[];
  /** Figures shown beside the chart rather than in it (the plants' capacities), under the chart in full colour. */
  figures?: readonly string[];
  theme: Theme;
}

const PAD = 24;
/** The margin around an exported chart, in CSS px: a chart is laid out at the image width less twice this. */
export const EXPORT_PAD = PAD;

/** The image around the chart: its size, background and whether it carries title, notes and credit. */
export interface ExportFrame {
  /** Image width in CSS px; null: the chart's own width plus margins (at least 480). */
  width: number | null;
  /** Image height in CSS px; null: whatever the content needs. A chart too tall for it is scaled down to fit. */
  height: number | null;
  isTransparent: boolean;
  /** Off gives a plain chart: legend and chart only, no title, notes, filter or credit line. */
  hasHeader: boolean;
}

/** What the one-click downloads use: the chart as on screen, solid, with everything. */
export const SCREEN_FRAME: ExportFrame = { width: null, height: null, isTransparent: false, hasHeader: true };

/**
 * The image around a chart: its header (title, subtitle, legend) drawn into a new root, once, and each arrangement
 * of its footer lines (figures, notes, filter and source) the frame allows — under the chart, and in a wide image
 * with a fixed height beside it too — with where the chart starts and the room a fixed height leaves it.
 */
function framesAround(chartWidth: number, parts: ExportParts, frame: ExportFrame) {
  const { theme } = parts;
  const width = frame.width ?? Math.max(chartWidth + PAD * 2, 480);
  // XMLSerializer writes the xmlns itself; setting it too would duplicate the attribute.
  const root = svgElement('svg', { version: '1.1', 'font-family': FONT_STACK });
  const inner = width - PAD * 2;
  let y = PAD;
  for (const line of frame.hasHeader ? wrapText(parts.title, inner, widthAt(20, true)) : []) {
    y += 24;
    root.append(textElement(line, { x: PAD, y: y - 6, 'font-size': 20, 'font-weight': 700, fill: theme.text }));
  }
  if (frame.hasHeader) y += 2;
  const subtitle = frame.hasHeader && parts.subtitle ? wrapText(parts.subtitle, inner, widthAt(13)) : [];
  for (const line of subtitle) {
    y += 18;
    root.append(textElement(line, { x: PAD, y: y - 2, 'font-size': 13, fill: theme.muted }));
  }
  if (subtitle.length) y += 6;
  const legend = legendGroup(parts.legend, width - PAD * 2, theme);
  legend.group.setAttribute('transform', `translate(${PAD} ${y + 10})`);
  root.append(legend.group);
  y += legend.height + 14;
  // Figures, then notes as bullets (continuation lines indented past the bullet); the filter and source lines close the
  // image. Each figure and the notes stand a little apart: run together, the plants' lists read as one block.
  // A column beside the chart that fits no other way sets them close (`isSpaced` false).
  const explained = (lineWidth: number, isSpaced = true): FooterLine[] => {
    const gap = (size: number) => (isSpaced ? size : 0);
    const figures = (parts.figures ?? []).flatMap((line, n) => wrapText(line, lineWidth, widthAt(FIGURE_SIZE)).map((text, i) => ({ text, x: PAD, isFigure: true, gapAbove: n > 0 && i === 0 ? gap(FIGURE_GAP) : 0 })));
    const notes = (frame.hasHeader ? (parts.notes ?? []) : []).flatMap((note, n) => wrapText(note, lineWidth - BULLET_INDENT, widthAt(NOTE_SIZE)).map((text, i) =>
      i === 0 ? { text: `${BULLET}${text}`, x: PAD, gapAbove: n === 0 && figures.length > 0 ? gap(NOTES_GAP) : 0 } : { text, x: PAD + BULLET_INDENT }));
    return [...figures, ...notes];
  };
  const credit = frame.hasHeader ? [...wrapText(parts.filterLine, inner, widthAt(NOTE_SIZE)), ...wrapText(parts.sourceLine, inner, widthAt(NOTE_SIZE))].map((text) => ({ text, x: PAD })) : [];
  const stacked = explained(inner);
  const top = y;
  const arranged = (side: ReturnType<typeof sideColumn>) => {
    // The filter and source lines stand apart from figures and notes above them.
    const footer = side || stacked.length === 0 ? credit : [...stacked, ...credit.map((line, i) => (i === 0 ? { ...line, gapAbove: CREDIT_GAP } : line))];
    const footerHeight = linesHeight(footer);
    // The height a fixed-height frame leaves the chart (null: the frame grows to the chart).
    const room = frame.height === null ? null : frame.height - top - 12 - footerHeight - PAD;
    return { root, width, top, footer, footerHeight, room, side, chartArea: side ? side.x - SIDE_GAP - PAD : inner };
  };
  const side = frame.height === null || stacked.length === 0 ? null : sideColumn(explained, { width, height: frame.height, top, credit: credit.length });
  return [arranged(null), ...(side ? [arranged(side)] : [])];
}

interface FooterLine {
  text: string;
  x: number;
  isFigure?: boolean;
  /** Room above the line beyond its 16 px. */
  gapAbove?: number;
}

/** Type sizes of the footer: figures, and the notes, filter and source lines. */
const FIGURE_SIZE = 12;
const NOTE_SIZE = 11;
/** A note's bullet; its continuation lines start under its first word, as far in as the bullet is wide. */
const BULLET = '• ';
const BULLET_INDENT = toTenth(textWidth(BULLET, NOTE_SIZE));
/** Wrapping measures words as they are drawn (textWidth errs wide), so no line, of any letters, runs past the image. */
const widthAt = (fontSize: number, isBold = false) => (word: string) => textWidth(word, fontSize, isBold);

const CREDIT_GAP = 8;
/** Room above each figure after the first, and between the figures and the notes. */
const FIGURE_GAP = 4;
const NOTES_GAP = 8;
const linesHeight = (lines: readonly FooterLine[]) => lines.reduce((sum, line) => sum + 16 + (line.gapAbove ?? 0), 0);

/**
 * That column's share of the image's inner width, the narrowest that holds its lines (the English plants list fits
 * the first; French and Japanese wrap to more lines and fell back under the map, a map 45% of the image wide), and
 * its gap from the chart.
 */
const SIDE_WIDTHS = [0.36, 0.42, 0.48] as const;
const SIDE_GAP = 24;

/**
 * The figures and notes as a column right of the chart, in an image at least 3:2 wide (buildChartSvg keeps it
 * where the chart is drawn larger beside it than above it); null in a narrower one, or where they would not fit.
 */
function sideColumn(
  explained: (lineWidth: number, isSpaced?: boolean) => FooterLine[],
  image: { width: number; height: number; top: number; credit: number },
): { x: number; lines: FooterLine[] } | null {
  const height = image.height - image.top - 12 - PAD - image.credit * 16;
  if (image.width < image.height * 1.5) return null;
  // Spaced in the narrowest column that holds them; else set close, rather than under a chart drawn far smaller.
  for (const isSpaced of [true, false]) {
    for (const share of SIDE_WIDTHS) {
      const sideWidth = Math.round((image.width - PAD * 2) * share);
      const x = image.width - PAD - sideWidth;
      const lines = explained(sideWidth, isSpaced).map((line) => ({ ...line, x: line.x - PAD + x }));
      if (linesHeight(lines) <= height) return { x, lines };
    }
  }
  return null;
}

type FrameAround = ReturnType<typeof framesAround>[number];

/** The size a chart is drawn at in its frame: a fixed height keeps the footer at the bottom, and a chart taller than the room left, or wider than its area, is scaled to fit. */
function fittedSize(chart: { width: number; height: number }, around: FrameAround) {
  const scale = Math.min(1, Math.max(0, around.room ?? chart.height) / chart.height, around.chartArea / chart.width);
  return { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) };
}

/**
 * A standalone SVG: title, legend, the chart (already drawn and sanitized), filter and source
 * lines, on the theme's background, in the frame laid out around it. Built with DOM calls so every data
 * string is escaped as text.
 */
function composeExportSvg(chart: SVGSVGElement, chartWidth: number, chartHeight: number, parts: ExportParts, frame: ExportFrame, around: FrameAround): SVGSVGElement {
  const { theme } = parts;
  const { root, width, top, footer, footerHeight, side, chartArea } = around;
  let y = top;
  const room = around.room ?? chartHeight;
  const { width: drawnWidth, height: drawnHeight } = fittedSize({ width: chartWidth, height: chartHeight }, around);
  chart.setAttribute('x', String(PAD + Math.round((chartArea - drawnWidth) / 2)));
  // Centred in the room a fixed height leaves, so a wide map in a square is not stuck to the top.
  chart.setAttribute('y', String(y + (frame.height === null ? 0 : Math.max(0, Math.floor((room - drawnHeight) / 2)))));
  chart.setAttribute('width', String(drawnWidth));
  chart.setAttribute('height', String(drawnHeight));
  root.append(chart);
  const writeLines = (lines: readonly FooterLine[], from: number) => {
    let at = from;
    for (const line of lines) {
      at += 16 + (line.gapAbove ?? 0);
      root.append(textElement(line.text, line.isFigure ? { x: line.x, y: at, 'font-size': FIGURE_SIZE, fill: theme.text } : { x: line.x, y: at, 'font-size': NOTE_SIZE, fill: theme.muted }));
    }
  };
  if (side) writeLines(side.lines, top);
  y = frame.height === null ? y + drawnHeight + 12 : frame.height - PAD - footerHeight;
  writeLines(footer, y);
  y += footerHeight;
  const height = frame.height ?? y + PAD;
  if (!frame.isTransparent) root.prepend(svgElement('rect', { width, height, fill: theme.surface }));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = svgElement('title', {});
  title.textContent = parts.title;
  root.prepend(title);
  return root;
}

/**
 * Draws a chart for an image: the markup of its <svg> laid out at `width` CSS px in `theme`, every colour and
 * font an attribute (see imageDrawing); null when it draws nothing. `room`: the height a fixed-height image
 * (a square, a social card) leaves the chart — a chart that can stretch (bars, lines) fills it; one that
 * keeps its proportions (a diagram, a map) ignores it and is centred.
 */
export type ChartDrawing = (width: number, theme: Theme, room?: number) => string | null;

/**
 * The markup as a detached SVG element of this document, sanitized. The HTML parser puts <svg> in the SVG
 * namespace. Cleaned while still in the parser's document, where nothing loads or runs: adopted by the page's
 * first, an <img onerror> inside a <foreignObject> ran its handler in the page, detached as it was.
 */
function drawnSvg(markup: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg');
  if (!parsed) throw new NothingToExportError();
  sanitizeSvg(parsed);
  return document.importNode(parsed, true);
}

function drawn(draw: ChartDrawing, width: number, theme: Theme, room: number | null): SVGSVGElement {
  const markup = draw(width, theme, room ?? undefined);
  if (!markup) throw new NothingToExportError();
  return drawnSvg(markup);
}

/** Redraws of a chart too tall for its room; the second lands within a pixel, its legend not shrinking with it. */
const FIT_REDRAWS = 2;

/**
 * The chart drawn at `width`, or, where it keeps its proportions (a map, a diagram) and is too tall for the room
 * a fixed height leaves, drawn again at the width whose height fits: scaled down instead, its words shrank with
 * it (a 1200 × 675 Japanese plants card had 5 px labels). A drawing that fills the room (bars, lines) fits at
 * once; one that does not follow the width asked for is scaled.
 */
function drawnToFit(draw: ChartDrawing, width: number, theme: Theme, room: number | null): SVGSVGElement {
  let chart = drawn(draw, width, theme, room);
  for (let i = 0; i < FIT_REDRAWS && room !== null && room > 0; i++) {
    const size = svgSize(chart);
    if (size.height <= room) break;
    const narrower = drawn(draw, Math.floor((size.width * room) / size.height), theme, room);
    if (svgSize(narrower).height >= size.height) break;
    chart = narrower;
  }
  return chart;
}

/** The chart drawn from its model at `chartWidth` in the parts' theme, sanitized, framed as a standalone SVG. */
export function buildChartSvg(draw: ChartDrawing, chartWidth: number, parts: ExportParts, frame: ExportFrame = SCREEN_FRAME): SVGSVGElement {
  // The frame is laid out first: a fixed height tells the drawing how much room it has. A wide image may set
  // the figures and notes beside the chart rather than under it: both are drawn, and the one that draws the chart
  // larger is kept (a share of the height as the rule kept the ownership diagram's notes under it at 1200 × 675,
  // the diagram 420 px wide, and set a short list beside a wide map that had the room above it).
  const drawings = framesAround(chartWidth, parts, frame).map((around) => {
    // Beside a column of figures and notes, the chart is drawn for the room left of it.
    const chart = drawnToFit(draw, around.side ? around.chartArea : chartWidth, parts.theme, around.room);
    const size = fittedSize(svgSize(chart), around);
    return { around, chart, area: size.width * size.height };
  });
  const { around, chart } = drawings.reduce((best, next) => (next.area > best.area ? next : best));
  const { width, height } = svgSize(chart);
  chart.removeAttribute('style');
  chart.setAttribute('viewBox', chart.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  return composeExportSvg(chart, width, height, parts, frame, around);
}

/** Serialized with an XML declaration so the file opens on its own. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}
