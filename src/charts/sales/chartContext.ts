import type { Box } from '../../components/geometry';
import { createContext, useContext } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { RecordRef } from '../../data/provenance';
import type { Brand } from '../../data/schema';
import type { SalesYear } from './model';
import type { Highlight } from '../../state/highlight';

/** Where the tooltip points: a bar segment (brand) or a whole year (brand null), in chart pixels. */
export interface SalesAnchor {
  year: number;
  brand: Brand | null;
  /** The mark the tooltip describes, in the chart's pixels: it goes beside it (tooltipPlacement). */
  mark: Box;
  /** Set when a tap showed the tooltip: it then stays until the next tap and offers this as its Source button. */
  onSource?: () => void;
}

/**
 * What marks drawn inside Recharts need from the chart: the records behind them, the tooltip, and the
 * view's links (highlighted brand, picked record, their actions). Recharts clones the marks, so this
 * context carries what props would; marks never call a store.
 */
export interface SalesChartContextValue {
  yearsByYear: ReadonlyMap<number, SalesYear>;
  /** The brands emphasised in every view (none: an empty list); other brands' bars are dimmed. */
  highlighted: Highlight;
  /** The record picked in the source panel, outlined if it is a bar. */
  picked: RecordRef | null;
  onHighlight: (brands: Highlight) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
  show: (anchor: SalesAnchor) => void;
  hide: () => void;
  /** The tooltip's anchor now (read in event handlers; marks do not re-render on hover). */
  current: () => SalesAnchor | null;
  /** A stack draws a year's segments one above another: the up and down arrows move within it (rovingMarks). */
  isStacked: boolean;
}

export const SalesChartContext = createContext<SalesChartContextValue | null>(null);

/** The chart's context; marks are only ever rendered inside SalesChart. */
export function useSalesChart(): SalesChartContextValue {
  const value = useContext(SalesChartContext);
  if (!value) throw new Error('Sales marks must be rendered inside SalesChart.');
  return value;
}

/** Recharts' year and value scales and plot area, for marks drawn inside the chart; null until it has laid out. */
export function useSalesFrame() {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  return xScale && yScale && plot ? { xScale, yScale, plot } : null;
}
