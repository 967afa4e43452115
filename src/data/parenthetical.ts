// Parentheses dropped from data labels, in one pass each: ASCII ones, and the full-width ones Japanese
// writes ("Nissan（ブランド合計）"), each closed by its own kind. The regexes these replace (noted per function)
// backtrack on a run of "(" or of spaces: a name of "Renault " + 24,000 "(" froze the tab for ~24 s.
// On ASCII text each function returns exactly what its regex did (checked against it on generated strings in
// the test); the regexes knew no full-width parentheses.
import { isSpace } from './isSpace';

/** Each closing parenthesis and the opening one it closes. */
const OPENER = new Map([
  [')', '('],
  ['）', '（'],
]);
const CLOSER = new Map([...OPENER].map(([close, open]) => [open, close]));
// What `.` does not match: a parenthesis spanning one of these is not one for `.*`.
const isLineBreak = (char: string) => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';

/** Index after the last non-whitespace character (0 for an all-blank text). */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1]!)) end -= 1;
  return end;
}

/** Start of the run of whitespace that ends at `index` (index itself when none precedes it). */
function spaceRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && isSpace(text[start - 1]!)) start -= 1;
  return start;
}

/**
 * "Renault Korea Motor (formerly Renault Samsung Motors)" → "Renault Korea Motor": the text without the
 * parenthesis it ends with, from its first "(" on that line. Was `text.replace(/\s*\(.*\)\s*$/, '')`.
 */
export function withoutTrailingParenthesis(text: string): string {
  const close = contentEnd(text) - 1;
  const opener = OPENER.get(text[close] ?? '');
  if (opener === undefined) return text;
  let lineStart = close;
  while (lineStart > 0 && !isLineBreak(text[lineStart - 1]!)) lineStart -= 1;
  const open = text.indexOf(opener, lineStart);
  return open === -1 || open >= close ? text : text.slice(0, spaceRunStart(text, open));
}

/**
 * "Nissan (brand total)" → "Nissan": the text without a final parenthesis that holds no ")".
 * Was `text.replace(/\s*\([^)]*\)\s*$/, '')`.
 */
export function withoutFinalParenthesis(text: string): string {
  const close = contentEnd(text) - 1;
  const closer = text[close] ?? '';
  const opener = OPENER.get(closer);
  if (opener === undefined) return text;
  const open = text.indexOf(opener, text.lastIndexOf(closer, close - 1) + 1);
  return open === -1 || open >= close ? text : text.slice(0, spaceRunStart(text, open));
}

// Was `text.replace(/\s*\(.*?\)\s*/g, ' ')`.
/**
 * "Alliance (all brands) total" → "Alliance total": each parenthesis on one line, with the whitespace
 * around it, becomes one space.
 */
export function parenthesesAsSpaces(text: string): string {
  const out: string[] = [];
  // Text written by a replacement is never taken back by the next one (regex matches do not overlap).
  let floor = 0;
  // Next closing parenthesis of each kind and next line break at or after the current opening one: absent or
  // -1 = not looked for yet, length = none.
  const nextClose = new Map<string, number>();
  let nextBreak = -1;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const closer = CLOSER.get(char);
    if (closer !== undefined) {
      // Every search only moves forward, so the whole scan stays linear however many openings there are.
      let close = nextClose.get(closer) ?? -1;
      if (close <= i) close = indexOrEnd(text, text.indexOf(closer, i + 1));
      nextClose.set(closer, close);
      if (nextBreak <= i) nextBreak = indexOrEnd(text, firstLineBreak(text, i + 1));
      if (close < nextBreak) {
        while (out.length > floor && isSpace(out[out.length - 1]!)) out.pop();
        out.push(' ');
        floor = out.length;
        i = close + 1;
        while (i < text.length && isSpace(text[i]!)) i += 1;
        continue;
      }
    }
    out.push(char);
    i += 1;
  }
  return out.join('');
}

const indexOrEnd = (text: string, index: number) => (index === -1 ? text.length : index);

function firstLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (isLineBreak(text[i]!)) return i;
  return -1;
}
