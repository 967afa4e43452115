import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { isImageRendererLoaded, loadImageRenderer } from '../export/imageDrawing';
import { exportGeometry, type ExportOptions } from '../export/options';
import { recolourLegend } from '../export/recolour';
import { CodeLoadError, NothingToExportError } from '../export/errors';
import { buildChartSvg, serializeSvg, type ChartDrawing, type ExportParts } from '../export/svg';
import { darkTheme, lightTheme, type Theme } from '../theme/tokens';
import { useDatasetTheme } from '../theme/useTheme';
import { exportErrorText } from './exportWords';

export interface ExportPreview {
  /** The finished standalone SVG, or null when the options are refused or the chart draws nothing. */
  svg: { text: string; width: number; height: number; background: string | null } | null;
  error: string | null;
}

/**
 * The image for the options: the chart drawn again from its model at the options' width and theme (labels
 * placed for that width, not a screen capture stretched), framed and serialized.
 */
export function useExportPreview(options: ExportOptions, parts: ExportParts, screenChartWidth: number, drawing: ChartDrawing | null) {
  const intl = useIntl();
  const geometry = exportGeometry(options, screenChartWidth);
  const theme: Theme = useDatasetTheme(options.theme === 'dark' ? darkTheme : lightTheme);
  const frame = geometry.ok ? geometry.frame : null;
  const chartWidth = geometry.ok ? geometry.chartWidth : null;
  const frameKey = JSON.stringify(frame);
  // The drawing code loads when the dialog opens (see loadImageRenderer); the preview follows once it is in.
  // One state, not two flags: the renderer is loading, in, or could not be downloaded (and why).
  const [renderer, setRenderer] = useState<'loading' | 'ready' | CodeLoadError>(() => (isImageRendererLoaded() ? 'ready' : 'loading'));
  useEffect(() => {
    let isOpen = true;
    loadImageRenderer().then(
      () => isOpen && setRenderer('ready'),
      (cause: unknown) => isOpen && setRenderer(new CodeLoadError(cause)),
    );
    return () => {
      isOpen = false;
    };
  }, []);
  const preview = useMemo((): ExportPreview => {
    if (renderer instanceof CodeLoadError && options.format !== 'csv') return { svg: null, error: exportErrorText(renderer, intl) };
    if (!frame || chartWidth === null || options.format === 'csv' || renderer !== 'ready') return { svg: null, error: null };
    if (!drawing) return { svg: null, error: exportErrorText(new NothingToExportError(), intl) };
    try {
      const svg = buildChartSvg(drawing, chartWidth, { ...parts, theme, legend: recolourLegend(parts.legend, parts.theme, theme) }, frame);
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      return { svg: { text: serializeSvg(svg), width, height, background: frame.isTransparent ? null : theme.surface }, error: null };
    } catch (cause) {
      return { svg: null, error: exportErrorText(cause, intl) };
    }
    // frameKey stands for frame: a new frame object with the same values must not redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frameKey, chartWidth, theme, options.format, drawing, parts, renderer, intl]);

  return { refusal: geometry.ok ? null : geometry.refusal, preview };
}
