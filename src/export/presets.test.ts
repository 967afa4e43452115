import { parseCustomWidth } from './presets';

describe('parseCustomWidth', () => {
  it('accepts the ends of the range', () => {
    expect([parseCustomWidth('320'), parseCustomWidth(' 4000 ')]).toEqual([{ ok: true, width: 320 }, { ok: true, width: 4000 }]);
  });

  it('refuses one pixel below or above, with the width and the range', () => {
    expect(parseCustomWidth('319')).toEqual({ ok: false, refusal: { reason: 'outOfRange', width: 319, min: 320, max: 4000 } });
    expect(parseCustomWidth('4001')).toEqual({ ok: false, refusal: { reason: 'outOfRange', width: 4001, min: 320, max: 4000 } });
  });

  it('refuses what is not a whole number', () => {
    for (const raw of ['', '12.5', '-400', '1e3', 'wide', '999999']) {
      expect(parseCustomWidth(raw)).toEqual({ ok: false, refusal: { reason: 'notWhole', min: 320, max: 4000 } });
    }
  });
});
