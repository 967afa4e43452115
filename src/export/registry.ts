import type { ChartId } from '../components/chartTypes';
import type { ChartDrawing, ExportParts } from './svg';

/** What a chart's standalone image is built from, as the chart stands on screen now. */
export interface ChartImageInput {
  drawing: ChartDrawing;
  chartWidth: number;
  parts: ExportParts;
}

/** A card's current image input; null when it draws nothing. */
export type ChartImageSource = () => ChartImageInput | null;

const sources = new Map<ChartId, ChartImageSource>();

/**
 * Cards register here so the dashboard export can gather every view as it stands. They register what the
 * image is drawn from, not a built image: building needs the export code, which loads on the first export.
 * Returns the unregister.
 */
export function registerChartImage(chart: ChartId, source: ChartImageSource): () => void {
  sources.set(chart, source);
  return () => {
    if (sources.get(chart) === source) sources.delete(chart);
  };
}

/** The registered charts' image inputs, in `order`, skipping charts that draw nothing. */
export function registeredChartImages(order: readonly ChartId[]): ChartImageInput[] {
  return order.flatMap((chart) => sources.get(chart)?.() ?? []);
}
