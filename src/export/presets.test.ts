import { parseCustomWidth } from './presets';

describe('parseCustomWidth', () => {
  it('accepts the ends of the range', () => {
    expect([parseCustomWidth('320'), parseCustomWidth(' 4000 ')]).toEqual([{ ok: true, width: 320 }, { ok: true, width: 4000 }]);
  });

  it('refuses one pixel below or above, saying the range', () => {
    expect(parseCustomWidth('319')).toEqual({ ok: false, message: '319 px is outside 320–4000 px; enter a width in that range.' });
    expect(parseCustomWidth('4001')).toEqual({ ok: false, message: '4001 px is outside 320–4000 px; enter a width in that range.' });
  });

  it('refuses what is not a whole number', () => {
    for (const raw of ['', '12.5', '-400', '1e3', 'wide', '999999']) {
      expect(parseCustomWidth(raw)).toEqual({ ok: false, message: 'Enter a whole number of pixels from 320 to 4000.' });
    }
  });
});
