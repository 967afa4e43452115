/**
 * A string's length in code points, as zod and JSON Schema count a string's length (an emoji is one, not
 * two UTF-16 units); an unpaired surrogate counts as one. The compiled dataset check calls it for every
 * string with a length limit (scripts/precompileValidator.ts).
 */
export default function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      length -= 1;
      i += 1;
    }
  }
  return length;
}
