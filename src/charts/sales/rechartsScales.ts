/**
 * The d3 scales Recharts may build for the sales chart, in place of `victory-vendor/d3-scale` (vite.config.ts
 * aliases it here). Recharts imports that module as a namespace and picks a scale by name, which keeps every
 * d3 scale, d3-time-format's locale and d3-color in whatever chunk d3-scale lands in — the page's first load,
 * since the other views use d3-scale too. Its bar chart needs only these: a category axis is 'band' (a line or
 * area chart's is 'point'), a number axis 'linear'; a scale type Recharts does not find here it draws as 'point'.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
