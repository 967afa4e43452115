import { SIZE_PRESETS } from '../export/presets';
import { CodeLoadError, NothingToExportError } from '../export/errors';
import { intlFor } from '../i18n/intl';
import { exportErrorText } from './exportWords';
import { presetName, refusalText, sizeText } from './dialogWords';

// French groups with a narrow no-break space (U+202F) and puts one before ";"; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const social = { width: 1200, height: 675 };

describe('exportWords', () => {
  it.each([
    ['en', ['As on screen', '1,200 × 675 (social)', '1,080 × 1,080 (square)', '680 wide (article column)', 'Custom width']],
    ['fr', ['Comme à l’écran', '1 200 × 675 (réseaux sociaux)', '1 080 × 1 080 (carré)', '680 de large (colonne d’article)', 'Largeur personnalisée']],
    ['ja', ['画面と同じ', '1,200 × 675（SNS向け）', '1,080 × 1,080（正方形）', '幅680（記事のカラム）', '幅を指定']],
  ] as const)('names the size presets in %s, ids unchanged', (locale, names) => {
    expect(SIZE_PRESETS.map((p) => p.id)).toEqual(['screen', 'social', 'square', 'column', 'custom']);
    expect(SIZE_PRESETS.map((p) => plain(presetName(p, intlFor(locale))))).toEqual(names);
  });

  it.each([
    ['en', '2,400 × 1,350 px PNG (1,200 × 675 at 2×)', '1,200 × 675 SVG'],
    ['fr', 'PNG de 2 400 × 1 350 px (1 200 × 675 en densité ×2)', 'SVG de 1 200 × 675'],
    ['ja', '2,400 × 1,350 pxのPNG（1,200 × 675を2倍の解像度で）', '1,200 × 675のSVG'],
  ] as const)('says the file size in %s', (locale, png, svg) => {
    expect([plain(sizeText('png', social, intlFor(locale))), plain(sizeText('svg', social, intlFor(locale)))]).toEqual([png, svg]);
  });

  // A map of 2,000 plants with the longest names: the file is what the canvas can hold, and the line says so.
  it('says the smaller size of a PNG past the canvas’s limit', () => {
    expect(sizeText('png', { width: 623, height: 64779 }, intlFor('en'))).toBe('315 × 32,766 px PNG (623 × 64,779 at 0.51×)');
  });

  it.each([
    ['en', 'Enter a whole number of pixels from 320 to 4,000.', '319 px is outside 320–4,000 px; enter a width in that range.'],
    ['fr', 'Saisissez un nombre entier de pixels entre 320 et 4 000.', '319 px est hors de la plage 320–4 000 px ; saisissez une largeur dans cette plage.'],
    ['ja', '320から4,000までの整数でピクセル数を入力してください。', '319 pxは320–4,000 pxの範囲外です。この範囲の幅を入力してください。'],
  ] as const)('words a refused width in %s', (locale, notWhole, outOfRange) => {
    const intl = intlFor(locale);
    expect([
      plain(refusalText({ reason: 'notWhole', min: 320, max: 4000 }, intl)),
      plain(refusalText({ reason: 'outOfRange', width: 319, min: 320, max: 4000 }, intl)),
    ]).toEqual([notWhole, outOfRange]);
  });

  it('words an empty chart in the language and passes any other failure through', () => {
    expect([exportErrorText(new NothingToExportError(), intlFor('ja')), exportErrorText(new Error('disk full'), intlFor('fr')), exportErrorText('quota', intlFor('fr'))])
      .toEqual(['このグラフにはまだエクスポートする内容がありません。', 'disk full', 'quota']);
  });

  it('words export code that could not be downloaded in the language, not as the browser reported it', () => {
    const failure = new CodeLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/kit-1.js'));
    expect([exportErrorText(failure, intlFor('en')), exportErrorText(failure, intlFor('fr'))]).toEqual([
      'The export code could not be downloaded. Check your connection and try again.',
      'Le code d’export n’a pas pu être téléchargé. Vérifiez votre connexion et réessayez.',
    ]);
  });
});
