import type { Brand } from '../data/schema';

export type ChartId = 'sales' | 'ev' | 'ownership' | 'plants';
export const CHART_IDS: readonly ChartId[] = ['sales', 'ev', 'ownership', 'plants'];
/** The id of a card's title: its figure's label, a page's #fragment, and where a pre-rendered page's first frame ends. */
export const cardTitleId = (chart: ChartId) => `${chart}-title`;

export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned and formatted with thousands separators in the table; written raw to CSV. */
  isNumeric?: boolean;
  /** A numeric column shown with exactly this many decimals, so its rows line up (shares); else up to 2. */
  decimals?: number;
  /** ISO dates ("2013-02", or a year): shown as the reader's month ("Feb 2013" · "févr. 2013" · "2013年2月"), written and sorted as ISO. */
  isMonth?: boolean;
}

/** The rows behind a chart: shown as its table and written as its CSV, so the two never disagree. */
export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

/**
 * A chart's table, built when asked for (Show table, the CSV) rather than on each filter change: its code and
 * words are a chunk of their own, fetched then (or once the page is idle).
 */
export type TableSource = () => Promise<ChartTable>;

/** One legend entry; entries with a brand link to the filter and highlight. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  brand?: Brand;
  /** How the mark is drawn, so the legend swatch matches it. */
  symbol?: 'square' | 'line' | 'dashed' | 'circle' | 'hollow' | 'outline';
  /**
   * A dashed mark's stroke-dasharray, where a chart draws more than one kind of dashed line (DEFAULT_DASH
   * otherwise); an outline's, where it is dashed (none: solid).
   */
  dash?: string;
}

/** The dashes of a dashed legend swatch whose entry names none. */
export const DEFAULT_DASH = '4 3';
