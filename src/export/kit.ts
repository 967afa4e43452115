/**
 * What writing a file needs beyond the page: building and serializing the SVG (with its sanitiser), the
 * PNG, the CSV, the dashboard composition and the files' names. A chunk of its own, fetched on the first export — and on idle
 * once the page is interactive, so exporting works offline — never in the first load (~5 KiB gzip).
 */
export { buildChartSvg, serializeSvg, svgSize } from './svg';
export { svgToPng } from './png';
export { tableToCsv } from './csv';
export { composeDashboardSvg } from './dashboard';
export { fileNameFor } from './fileName';
