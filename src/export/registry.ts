import type { ChartId } from '../components/chartTypes';

/** Builds a chart's standalone export SVG from what is on screen now; null when it draws nothing. */
export type ChartSvgBuilder = () => SVGSVGElement | null;

const builders = new Map<ChartId, ChartSvgBuilder>();

/** Cards register here so the dashboard export can gather every view as it stands. Returns the unregister. */
export function registerChartSvg(chart: ChartId, build: ChartSvgBuilder): () => void {
  builders.set(chart, build);
  return () => {
    if (builders.get(chart) === build) builders.delete(chart);
  };
}

export function registeredChartSvgs(order: readonly ChartId[]): SVGSVGElement[] {
  return order.flatMap((chart) => {
    const svg = builders.get(chart)?.() ?? null;
    return svg ? [svg] : [];
  });
}
