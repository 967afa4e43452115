import { useEffect, useRef, useState } from 'react';
import { exportGeometry, type ExportOptions } from '../export/options';
import { recolourLegend } from '../export/recolour';
import { settledChart } from '../export/settle';
import { buildChartSvg, serializeSvg, type ExportFrame, type ExportParts } from '../export/svg';
import { darkTheme, lightTheme, type Theme } from '../theme/tokens';
import { useDatasetTheme } from '../theme/useTheme';

export interface ExportPreview {
  /** The finished standalone SVG, or null while it is being drawn or when the options are refused. */
  svg: { text: string; width: number; height: number; background: string | null } | null;
  error: string | null;
}

const NO_PREVIEW: ExportPreview = { svg: null, error: null };

/**
 * Draws the chart off screen at the options' width and theme (see ExportStage), waits for it to settle and
 * builds the export SVG from it. Returns the stage's props and the latest preview.
 */
export function useExportPreview(options: ExportOptions, parts: ExportParts, screenChartWidth: number) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // Tagged with what it was drawn for: a preview of other options reads as none, without resetting state in an effect.
  const [drawn, setDrawn] = useState<{ key: string; parts: ExportParts; preview: ExportPreview } | null>(null);
  const geometry = exportGeometry(options, screenChartWidth);
  const theme: Theme = useDatasetTheme(options.theme === 'dark' ? darkTheme : lightTheme);
  const frame: ExportFrame | null = geometry.ok ? geometry.frame : null;
  const chartWidth = geometry.ok ? geometry.chartWidth : null;
  const frameKey = JSON.stringify(frame);
  const key = `${frameKey}|${theme.name}|${options.format}|${chartWidth}`;
  const preview = drawn && drawn.key === key && drawn.parts === parts ? drawn.preview : NO_PREVIEW;

  useEffect(() => {
    if (!frame || options.format === 'csv') return;
    let isCancelled = false;
    const setPreview = (result: ExportPreview) => setDrawn({ key, parts, preview: result });
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
    // key stands for frame, theme, format and width: a new frame object with the same values must not redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, parts]);

  return { bodyRef, theme, chartWidth, refusal: geometry.ok ? null : geometry.message, preview };
}
