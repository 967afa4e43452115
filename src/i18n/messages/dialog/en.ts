/**
 * The export dialog's words (src/components/ExportDialog.tsx, dialogWords.ts): keys start with "dialog.". English
 * that travels with the dialog's code, which adds it to the page's catalog (addEnglish): the first script, which
 * only opens the dialog, carries none of it.
 */
export const dialogEn = {
  'dialog.heading': 'Export “{title}”',
  'dialog.format': 'Format',
  'dialog.size': 'Size',
  'dialog.theme': 'Theme',
  'dialog.themeName': '{theme, select, dark {Dark} other {Light}}',
  'dialog.background': 'Background',
  'dialog.backgroundName': '{background, select, transparent {Transparent} other {Solid}}',
  'dialog.transparentHint': 'Labels keep their outline in the theme’s background colour, to stay legible over lines: best on a {theme, select, dark {dark} other {light}} page.',
  'dialog.width': 'Width in pixels ({min}–{max})',
  'dialog.presetName': '{preset, select, screen {As on screen} social {{width} × {height} (social)} square {{width} × {height} (square)} column {{width} wide (article column)} other {Custom width}}',
  'dialog.sizePng': '{fileWidth} × {fileHeight} px PNG ({width} × {height} at {ratio}×)',
  'dialog.sizeSvg': '{width} × {height} SVG',
  'dialog.widthNotWhole': 'Enter a whole number of pixels from {min} to {max}.',
  'dialog.widthOutOfRange': '{width} px is outside {min}–{max} px; enter a width in that range.',
  'dialog.widthHint': 'The chart is laid out again at this width.',
  'dialog.header': 'Title, notes and credit',
  'dialog.csvNote': 'A CSV of the table: one header row, the source’s title and id, UTF-8 with a byte-order mark.',
  'dialog.previewAlt': 'Preview of the {theme, select, dark {dark} other {light}} image',
  'dialog.noPreview': 'No preview until the width is in range.',
  'dialog.drawing': 'Drawing the preview…',
  'dialog.cancel': 'Cancel',
  'dialog.preparing': 'Preparing the file…',
  'dialog.downloaded': 'Downloaded',
  'dialog.failed': 'Export failed: {reason}',
};
