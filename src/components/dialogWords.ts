// The export dialog's words built from numbers and codes: preset names, the file's size and a refused width, in
// the page's language. Pure, so each language's exact text is unit-tested.
import type { IntlShape } from 'react-intl';
import type { ExportFormat } from '../export/options';
import { CUSTOM_WIDTH_RANGE, rasterSize, type SizePreset, type WidthRefusal } from '../export/presets';
import { formatsOf } from '../i18n/format';
import { addEnglish } from '../i18n/messages';
import { dialogEn } from '../i18n/messages/dialog/en';

// The dialog's words come with its code (EnglishLater): the first script carries none of them.
addEnglish({ dialog: dialogEn });

const figure = (value: number, intl: IntlShape) => formatsOf(intl).exact(value);

/** "1200 × 675 (social)" · "1 200 × 675 (réseaux sociaux)" · "1,200 × 675（SNS）": a size preset's name. */
export function presetName(preset: SizePreset, intl: IntlShape): string {
  return intl.formatMessage(
    { id: 'dialog.presetName' },
    { preset: preset.id, width: figure(preset.width ?? 0, intl), height: figure(preset.height ?? 0, intl) },
  );
}

/** "2,400 × 1,350 px PNG (1,200 × 675 at 2×)" or "1,200 × 675 SVG": what the file will be. */
export function sizeText(format: ExportFormat, image: { width: number; height: number }, intl: IntlShape): string {
  const values = { width: figure(image.width, intl), height: figure(image.height, intl) };
  if (format === 'svg') return intl.formatMessage({ id: 'dialog.sizeSvg' }, values);
  const file = rasterSize(image.width, image.height);
  return intl.formatMessage(
    { id: 'dialog.sizePng' },
    { ...values, fileWidth: figure(file.width, intl), fileHeight: figure(file.height, intl), ratio: Number(file.scale.toFixed(2)) },
  );
}

/** "Width in pixels (320–4,000)": the custom width field's label, with the range it accepts. */
export function widthLabel(intl: IntlShape): string {
  return intl.formatMessage({ id: 'dialog.width' }, { min: figure(CUSTOM_WIDTH_RANGE[0], intl), max: figure(CUSTOM_WIDTH_RANGE[1], intl) });
}

/** Why a typed width is refused, with the range to type in. */
export function refusalText(refusal: WidthRefusal, intl: IntlShape): string {
  const range = { min: figure(refusal.min, intl), max: figure(refusal.max, intl) };
  return refusal.reason === 'notWhole'
    ? intl.formatMessage({ id: 'dialog.widthNotWhole' }, range)
    : intl.formatMessage({ id: 'dialog.widthOutOfRange' }, { ...range, width: figure(refusal.width, intl) });
}
