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
});
