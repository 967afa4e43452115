// The one text-width estimate for labels drawn in SVG (moved here from the ownership layout so every view
// measures alike), and the one truncation built on it. Pure: no DOM to measure in a model.

/**
 * Kana, CJK ideographs (万, 億) and full-width forms (（）、：￥), as a character-class range: a full em wide,
 * and where a Japanese line may break (wrapText breaks by it). Not the half-width katakana and forms
 * (ｱ, ￨: U+FF61–FF9F, U+FFE8–FFEE), which are half as wide.
 */
export const FULL_WIDTH_RANGE = '\\u3000-\\u9fff\\uff00-\\uff60\\uffe0-\\uffe6';
const FULL_WIDTH = new RegExp(`[${FULL_WIDTH_RANGE}]`, 'u');

export function isFullWidth(char: string): boolean {
  return FULL_WIDTH.test(char);
}

// Per-em advance widths, set to DejaVu Sans (the widest common fallback), so estimates err wide.
function emWidthOf(char: string): number {
  if (isFullWidth(char)) return 1;
  if (/[.,:;]/.test(char)) return 0.36;
  if (/[il'!|ı]/.test(char)) return 0.3;
  if (char === ' ') return 0.32;
  if (/[ftrj()]/.test(char)) return 0.4;
  if (char === '%') return 0.95;
  if (char === '–') return 0.5;
  if (/[mwMW]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.72;
  if (/[0-9€$₽]/.test(char)) return 0.66;
  return 0.62;
}

// Labels are measured on every render of every view — a brand click measured thousands of characters, 1 ms
// of its work in a CPU profile — so ASCII's widths are looked up, not classified each time; a table, not a
// cache, so text of any characters cannot make it grow.
const ASCII_WIDTHS = Float64Array.from({ length: 128 }, (_, code) => emWidthOf(String.fromCharCode(code)));

function charWidth(char: string): number {
  const code = char.charCodeAt(0);
  return code < 128 ? (ASCII_WIDTHS[code] ?? 0.62) : emWidthOf(char);
}

/** Estimated width of a line of text in px (or viewBox units) at `fontSize` (10% wider when bold). */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  const ems = [...text].reduce((sum, char) => sum + charWidth(char), 0);
  return ems * fontSize * (isBold ? 1.1 : 1);
}

const ELLIPSIS = '…';

/**
 * `text` if its estimated width fits `maxWidth`, else its longest start that fits with "…" after it (the
 * full text belongs in the tooltip, the accessible name and the table). Reads only as many characters as
 * fit, so a 5 MB name costs what a short one does.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, isBold = false): string {
  const scale = fontSize * (isBold ? 1.1 : 1);
  const room = maxWidth / scale;
  const ellipsis = charWidth(ELLIPSIS);
  let ems = 0;
  // Where the text may be cut so that the cut part plus "…" still fits.
  let cut = 0;
  let index = 0;
  for (const char of text) {
    ems += charWidth(char);
    if (ems > room) {
      const kept = text.slice(0, cut).trimEnd();
      return kept ? kept + ELLIPSIS : '';
    }
    index += char.length;
    if (ems + ellipsis <= room) cut = index;
  }
  return text;
}
