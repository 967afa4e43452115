/**
 * The first `count` characters of `text`, by code point: a cut never leaves half a surrogate pair (an emoji)
 * in a notice. Only the first 2 × `count` units are read: no character is longer, and a value may be huge.
 */
export const firstChars = (text: string, count: number): string => Array.from(text.slice(0, count * 2)).slice(0, count).join('');
