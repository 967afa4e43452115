/**
 * Image sizes offered by the export dialog. `height: null` lets the chart take the height it needs. The ids are
 * stable (the dialog's options, tests); the words are the dialog catalog's `dialog.presetName`.
 */
export interface SizePreset {
  id: 'screen' | 'social' | 'square' | 'column' | 'custom';
  width: number | null;
  height: number | null;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: 'screen', width: null, height: null },
  { id: 'social', width: 1200, height: 675 },
  { id: 'square', width: 1080, height: 1080 },
  { id: 'column', width: 680, height: null },
  { id: 'custom', width: null, height: null },
];

/** Every PNG is drawn at this many device pixels per CSS pixel: a 1200 × 675 preset gives a 2400 × 1350 file. */
export const PNG_PIXEL_RATIO = 2;

export const CUSTOM_WIDTH_RANGE: readonly [number, number] = [320, 4000];

/** Why a typed width is refused, with what the message needs: `notWhole` (not a whole number) or `outOfRange`. */
export type WidthRefusal = { reason: 'notWhole'; min: number; max: number } | { reason: 'outOfRange'; width: number; min: number; max: number };

/** A typed custom width, or why it is refused: never clamped, so the file is the size that was asked for. */
export function parseCustomWidth(raw: string): { ok: true; width: number } | { ok: false; refusal: WidthRefusal } {
  const [min, max] = CUSTOM_WIDTH_RANGE;
  const text = raw.trim();
  if (!/^\d{1,5}$/.test(text)) return { ok: false, refusal: { reason: 'notWhole', min, max } };
  const width = Number(text);
  if (width < min || width > max) return { ok: false, refusal: { reason: 'outOfRange', width, min, max } };
  return { ok: true, width };
}

/** Chromium's largest canvas: no side over 32,767 px, and no more than 16,384² px in all (past them, toBlob gives null). */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_CANVAS_AREA = 16384 * 16384;

/**
 * The scale an image `width` × `height` px is rasterized at: `scale`, or less where the canvas could not hold it
 * (2,000 plants with the longest names drew a map 623 × 64,779 px, and at 2× no PNG came out at all).
 */
export function rasterScale(width: number, height: number, scale: number): number {
  return Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** The PNG an image `width` × `height` px becomes: its pixel size and the scale it is drawn at (rasterScale). */
export function rasterSize(width: number, height: number, wanted = PNG_PIXEL_RATIO): { width: number; height: number; scale: number } {
  const scale = rasterScale(width, height, wanted);
  return { width: Math.floor(width * scale), height: Math.floor(height * scale), scale };
}
