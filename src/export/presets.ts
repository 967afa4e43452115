/** Image sizes offered by the export dialog. `height: null` lets the chart take the height it needs. */
export interface SizePreset {
  id: 'screen' | 'social' | 'square' | 'column' | 'custom';
  label: string;
  width: number | null;
  height: number | null;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: 'screen', label: 'As on screen', width: null, height: null },
  { id: 'social', label: '1200 × 675 (social)', width: 1200, height: 675 },
  { id: 'square', label: '1080 × 1080 (square)', width: 1080, height: 1080 },
  { id: 'column', label: '680 wide (article column)', width: 680, height: null },
  { id: 'custom', label: 'Custom width', width: null, height: null },
];

/** Every PNG is drawn at this many device pixels per CSS pixel: a 1200 × 675 preset gives a 2400 × 1350 file. */
export const PNG_PIXEL_RATIO = 2;

export const CUSTOM_WIDTH_RANGE: readonly [number, number] = [320, 4000];

/** A typed custom width, or why it is refused: never clamped, so the file is the size that was asked for. */
export function parseCustomWidth(raw: string): { ok: true; width: number } | { ok: false; message: string } {
  const [min, max] = CUSTOM_WIDTH_RANGE;
  const text = raw.trim();
  if (!/^\d{1,5}$/.test(text)) return { ok: false, message: `Enter a whole number of pixels from ${min} to ${max}.` };
  const width = Number(text);
  if (width < min || width > max) return { ok: false, message: `${width} px is outside ${min}–${max} px; enter a width in that range.` };
  return { ok: true, width };
}
