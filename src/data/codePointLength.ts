/** A leading (high) surrogate: a string without one is as long in code points as in UTF-16 units. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * A string's length in code points, as zod and JSON Schema count a string's length (an emoji is one, not
 * two UTF-16 units); an unpaired surrogate counts as one. The compiled dataset check calls it for every
 * string with a length limit (scripts/precompileValidator.ts).
 */
export default function codePointLength(text: string): number {
  // Almost no dataset string holds a surrogate pair: one native scan for a leading half instead of a loop over
  // every unit in the interpreter (22 of 75 ms of the 100× benchmark dataset's check, 2026-12-01).
  if (!HIGH_SURROGATE.test(text)) return text.length;
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
