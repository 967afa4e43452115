/**
 * Characters no text of this page may carry: the C0 controls, DEL and the noncharacters U+FFFE and U+FFFF (XML
 * forbids them, so an exported SVG that held one was not a valid file, and its PNG could not be decoded) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), invisible, which reverse the
 * words around them. (A lone surrogate is not caught here: without the `u` flag a class cannot tell one from a pair.)
 */
/** As the body of a character class: `[${CONTROLS}]`. */
export const CONTROLS = '\\u0000-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff';

const ANY_CONTROL = new RegExp(`[${CONTROLS}]`, 'g');

/** `text` with each of them shown as U+FFFD: for a value from the address, quoted back to the reader. */
export function replaceControls(text: string): string {
  return text.replace(ANY_CONTROL, '\uFFFD');
}
