import codePointLength from './codePointLength';

describe('codePointLength', () => {
  it('counts code points: a surrogate pair is one, an unpaired surrogate one, plain text its units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('Renault')).toBe(7);
    expect(codePointLength('🚗')).toBe(1);
    expect(codePointLength('a🚗b🔋')).toBe(4);
    expect(codePointLength('\uD800')).toBe(1);
    expect(codePointLength('\uDC00\uD800')).toBe(2);
    expect(codePointLength('x\uD83D')).toBe(2);
    // A high surrogate before a character that is no low surrogate (U+E000 is past U+DFFF) stands alone.
    expect(codePointLength('\uD83D\uE000')).toBe(2);
    expect(codePointLength('日産自動車')).toBe(5);
  });
  it('finds a pair at either end of the leading surrogates, anywhere in a long string', () => {
    expect(codePointLength('\uD800\uDC00')).toBe(1);
    expect(codePointLength('\uDBFF\uDFFF')).toBe(1);
    expect(codePointLength(`${'a'.repeat(500)}\uD83D\uDE97`)).toBe(501);
    // Neither U+D7FF nor a lone trailing U+DC00 is a leading surrogate: each counts as one.
    expect(codePointLength('\uD7FF\uDC00')).toBe(2);
  });
});
