// The export dialog's words built from numbers and codes: preset names, the file's size, a refused width and
// an export failure, in the page's language. Pure, so each language's exact text is unit-tested.
import type { IntlShape } from 'react-intl';
import type { ExportFormat } from '../export/options';
import { CUSTOM_WIDTH_RANGE, PNG_PIXEL_RATIO, type SizePreset, type WidthRefusal } from '../export/presets';
import { CodeLoadError, NothingToExportError } from '../export/errors';
import { formatsOf } from '../i18n/format';

const figure = (value: number, intl: IntlShape) => formatsOf(intl).exact(value);

/** "1200 × 675 (social)" · "1 200 × 675 (réseaux sociaux)" · "1,200 × 675（SNS）": a size preset's name. */
export function presetName(preset: SizePreset, intl: IntlShape): string {
  return intl.formatMessage(
    { id: 'export.dialog.presetName' },
    { preset: preset.id, width: figure(preset.width ?? 0, intl), height: figure(preset.height ?? 0, intl) },
  );
}

/** "2,400 × 1,350 px PNG (1,200 × 675 at 2×)" or "1,200 × 675 SVG": what the file will be. */
export function sizeText(format: ExportFormat, image: { width: number; height: number }, intl: IntlShape): string {
  const values = { width: figure(image.width, intl), height: figure(image.height, intl) };
  if (format === 'svg') return intl.formatMessage({ id: 'export.dialog.sizeSvg' }, values);
  return intl.formatMessage(
    { id: 'export.dialog.sizePng' },
    { ...values, fileWidth: figure(image.width * PNG_PIXEL_RATIO, intl), fileHeight: figure(image.height * PNG_PIXEL_RATIO, intl), ratio: PNG_PIXEL_RATIO },
  );
}

/** "Width in pixels (320–4,000)": the custom width field's label, with the range it accepts. */
export function widthLabel(intl: IntlShape): string {
  return intl.formatMessage({ id: 'export.dialog.width' }, { min: figure(CUSTOM_WIDTH_RANGE[0], intl), max: figure(CUSTOM_WIDTH_RANGE[1], intl) });
}

/** Why a typed width is refused, with the range to type in. */
export function refusalText(refusal: WidthRefusal, intl: IntlShape): string {
  const range = { min: figure(refusal.min, intl), max: figure(refusal.max, intl) };
  return refusal.reason === 'notWhole'
    ? intl.formatMessage({ id: 'export.dialog.widthNotWhole' }, range)
    : intl.formatMessage({ id: 'export.dialog.widthOutOfRange' }, { ...range, width: figure(refusal.width, intl) });
}

/** A failed export in words: an empty chart or code that could not load in the page's language, anything else as the browser reported it. */
export function exportErrorText(cause: unknown, intl: IntlShape): string {
  if (cause instanceof NothingToExportError) return intl.formatMessage({ id: 'export.dialog.nothing' });
  if (cause instanceof CodeLoadError) return intl.formatMessage({ id: 'export.codeFailed' });
  return cause instanceof Error ? cause.message : String(cause);
}
