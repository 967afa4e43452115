import { parseCustomWidth, SIZE_PRESETS, type SizePreset, type WidthRefusal } from './presets';
import { EXPORT_PAD, type ExportFrame } from './svg';

export type ExportFormat = 'png' | 'svg' | 'csv';

/** Everything the export dialog asks. */
export interface ExportOptions {
  format: ExportFormat;
  preset: SizePreset['id'];
  /** As typed; checked by parseCustomWidth. */
  customWidth: string;
  theme: 'light' | 'dark';
  isTransparent: boolean;
  hasHeader: boolean;
}

/** How an image was drawn, for its file name: `1200x675-dark`, `680x512-light-transparent` (CSS px). */
export const imageVariant = (image: { width: number; height: number }, options: Pick<ExportOptions, 'theme' | 'isTransparent'>): string =>
  `${Math.round(image.width)}x${Math.round(image.height)}-${options.theme}${options.isTransparent ? '-transparent' : ''}`;

/** Two clicks from any screen to a 1200 × 675 light PNG with its citation. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png', preset: 'social', customWidth: '1600', theme: 'light', isTransparent: false, hasHeader: true,
};

/** How wide to lay the chart out and the frame around it; or why the options cannot be used. */
export function exportGeometry(options: ExportOptions, screenChartWidth: number): { ok: true; chartWidth: number; frame: ExportFrame } | { ok: false; refusal: WidthRefusal } {
  const preset = SIZE_PRESETS.find((p) => p.id === options.preset) ?? SIZE_PRESETS[0]!;
  let width = preset.width;
  if (preset.id === 'custom') {
    const custom = parseCustomWidth(options.customWidth);
    if (!custom.ok) return custom;
    width = custom.width;
  }
  const frame: ExportFrame = { width, height: preset.height, isTransparent: options.isTransparent, hasHeader: options.hasHeader };
  return { ok: true, chartWidth: width === null ? Math.round(screenChartWidth) : width - EXPORT_PAD * 2, frame };
}
