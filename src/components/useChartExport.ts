import { useCallback, useState, type RefObject } from 'react';
import type { Brand } from '../data/schema';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/fileName';
import { tableToCsv } from '../export/csv';
import { svgToPng } from '../export/png';
import { buildChartSvg, serializeSvg, svgSize, type ExportParts } from '../export/svg';
import type { YearRange } from '../state/filters';
import type { ChartId, ChartTable } from './chartTypes';

export type ExportFormat = 'png' | 'svg' | 'csv';

interface ExportInput {
  chart: ChartId;
  bodyRef: RefObject<HTMLElement | null>;
  parts: ExportParts;
  table: ChartTable;
  yearRange: YearRange;
  brands: readonly Brand[];
  /** Every brand of the dataset, so a file covering them all says so. */
  allBrands: readonly Brand[];
}

/** Export actions for one card; `busy` names the format in progress, `error` the last failure. */
export function useChartExport({ chart, bodyRef, parts, table, yearRange, brands, allBrands }: ExportInput) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      setError(null);
      try {
        const name = exportFileName(chart, yearRange, brands, format, allBrands);
        if (format === 'csv') {
          downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
          return;
        }
        if (!bodyRef.current) throw new Error('The chart is not on screen.');
        const svg = buildChartSvg(bodyRef.current, parts);
        const text = serializeSvg(svg);
        if (format === 'svg') {
          downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), name);
        } else {
          const { width, height } = svgSize(svg);
          downloadBlob(await svgToPng(text, width, height, parts.theme.surface), name);
        }
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
      } finally {
        setBusy(null);
      }
    },
    [chart, bodyRef, parts, table, yearRange, brands, allBrands],
  );

  return { run, busy, error };
}
