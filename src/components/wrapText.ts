// Where a line of text may break, and a greedy wrap by it: an exported image's title and footers, and the
// entries of a chart's own key that are wider than its row.
import { FULL_WIDTH_RANGE } from './textWidth';

const NO_BREAK_SPACE = '[\\u00a0\\u2007\\u202f]';
/** White space a line may break at: any but the no-break spaces. */
const BREAK_SPACE = '[^\\S\\u00a0\\u2007\\u202f]';

const [OPENING, CLOSING] = ['[「『（【〈《]*', '[、。，．：；！？）」』】〉》ー々]*'];
/** Digits as a figure writes them ("1,076", "1.23"), or a span of two ("2011～2018"). */
const DIGITS = '[0-9][0-9,.]*(?:[～〜–][0-9][0-9,.]*)?';
/**
 * A Japanese figure with its units, never broken: "803万台", "27万3,550台", "2017年1月", "2011～2018年" (a line
 * that broke "803万 / 台" read as two figures). Each repeat ends in a unit and DIGITS has one reading (its
 * separator is no digit), so a run of digits is read one way only: nothing backtracks on hostile text.
 */
const JAPANESE_FIGURE = `${OPENING}(?:${DIGITS}[万億兆年月日台件基]+)+(?:${DIGITS})?${CLOSING}`;
/**
 * Where a line may break: between words, and between any two Japanese characters (which have no spaces) but
 * inside a figure, never before closing punctuation (、。）」) or after an opening bracket (「（) — the kinsoku
 * rule, for a Latin word in brackets too ("「Renault" … "Alliance」、"). Never at a no-break space, which stays in
 * its word: French writes 500 000 and "Batteries :" with one. A Latin word is tried before a lone Japanese
 * character, so that "「" before a Latin letter joins the word rather than standing alone.
 */
const WRAP_TOKEN = new RegExp(
  `${BREAK_SPACE}+|${JAPANESE_FIGURE}|${OPENING}(?:[^\\s${FULL_WIDTH_RANGE}]|${NO_BREAK_SPACE})+${CLOSING}|${OPENING}[${FULL_WIDTH_RANGE}]${CLOSING}`,
  'gu',
);
const IS_BREAK_SPACE = new RegExp(`^${BREAK_SPACE}`, 'u');

/**
 * Greedy wrap within `max`, as `measure` reads a word's width (in px: `textWidth`, at the size the text is drawn).
 * Breaks Japanese between characters, not inside a figure.
 */
export function wrapText(text: string, max: number, measure: (token: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let width = 0;
  let isAfterSpace = false;
  for (const [token] of text.matchAll(WRAP_TOKEN)) {
    if (IS_BREAK_SPACE.test(token)) {
      isAfterSpace = line !== '';
      continue;
    }
    const gap = isAfterSpace ? space : 0;
    if (line && width + gap + measure(token) > max) {
      lines.push(line);
      [line, width] = [token, measure(token)];
    } else {
      line += (gap ? ' ' : '') + token;
      width += gap + measure(token);
    }
    isAfterSpace = false;
  }
  if (line) lines.push(line);
  return lines;
}
