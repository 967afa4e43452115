import { createContext, useContext } from 'react';
import type { Brand } from '../../data/schema';
import type { SalesYear } from './model';

/** Where the tooltip points: a bar segment (brand) or a whole year (brand null), in chart pixels. */
export interface SalesAnchor {
  year: number;
  brand: Brand | null;
  left: number;
  right: number;
  top: number;
  /** Set when a tap showed the tooltip: it then stays until the next tap and offers this as its Source button. */
  onSource?: () => void;
}

/** What marks drawn inside Recharts need from the chart: the records behind them and the tooltip. */
export interface SalesChartContextValue {
  yearsByYear: ReadonlyMap<number, SalesYear>;
  show: (anchor: SalesAnchor) => void;
  hide: () => void;
  /** The tooltip's anchor now (read in event handlers; marks do not re-render on hover). */
  current: () => SalesAnchor | null;
}

export const SalesChartContext = createContext<SalesChartContextValue | null>(null);

/** The chart's context; marks are only ever rendered inside SalesChart. */
export function useSalesChart(): SalesChartContextValue {
  const value = useContext(SalesChartContext);
  if (!value) throw new Error('Sales marks must be rendered inside SalesChart.');
  return value;
}
