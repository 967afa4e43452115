/** Whether a character is whitespace as `\s` reads it: the text scanners' one rule (parentheses, sentences). */
export const isSpace = (char: string) => /\s/.test(char);
