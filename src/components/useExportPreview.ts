import { useEffect, useRef, useState } from 'react';
import { exportGeometry, type ExportOptions } from '../export/options';
import { recolourLegend } from '../export/recolour';
import { settledChart } from '../export/settle';
import { buildChartSvg, serializeSvg, type ExportFrame, type ExportParts } from '../export/svg';
import { darkTheme, lightTheme, type Theme } from '../theme/tokens';

export interface ExportPreview {
  /** The finished standalone SVG, or null while it is being drawn or when the options are refused. */
  svg: { text: string; width: number; height: number; background: string | null } | null;
  error: string | null;
}

/**
 * Draws the chart off screen at the options' width and theme (see ExportStage), waits for it to settle and
 * builds the export SVG from it. Returns the stage's props and the latest preview.
 */
export function useExportPreview(options: ExportOptions, parts: ExportParts, screenChartWidth: number) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<ExportPreview>({ svg: null, error: null });
  const geometry = exportGeometry(options, screenChartWidth);
  const theme: Theme = options.theme === 'dark' ? darkTheme : lightTheme;
  const frame: ExportFrame | null = geometry.ok ? geometry.frame : null;
  const chartWidth = geometry.ok ? geometry.chartWidth : null;
  const frameKey = JSON.stringify(frame);

  useEffect(() => {
    if (!frame || options.format === 'csv') return;
    let isCancelled = false;
    setPreview({ svg: null, error: null });
    const imageParts: ExportParts = { ...parts, theme, legend: recolourLegend(parts.legend, parts.theme, theme) };
    settledChart(bodyRef.current!, () => isCancelled)
      .then(() => {
        if (isCancelled || !bodyRef.current) return;
        const svg = buildChartSvg(bodyRef.current, imageParts, frame);
        const width = Number(svg.getAttribute('width'));
        const height = Number(svg.getAttribute('height'));
        setPreview({ svg: { text: serializeSvg(svg), width, height, background: frame.isTransparent ? null : theme.surface }, error: null });
      })
      .catch((cause: unknown) => !isCancelled && setPreview({ svg: null, error: cause instanceof Error ? cause.message : String(cause) }));
    return () => {
      isCancelled = true;
    };
    // frameKey stands for frame: a new object with the same values must not redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frameKey, theme, parts, options.format, chartWidth]);

  return { bodyRef, theme, chartWidth, refusal: geometry.ok ? null : geometry.message, preview };
}
