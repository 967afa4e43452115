import type { Translation } from '../../catalog';
import type { dialogEn } from './en';

/** The export dialog's words in French: every key of dialog/en.ts, no other. */
export const dialogFr: Translation<typeof dialogEn> = {
  'dialog.heading': 'Exporter «\u202f{title}\u202f»',
  'dialog.format': 'Format de fichier',
  'dialog.size': 'Taille',
  'dialog.theme': 'Thème',
  'dialog.themeName': '{theme, select, dark {Sombre} other {Clair}}',
  'dialog.background': 'Arrière-plan',
  'dialog.backgroundName': '{background, select, transparent {Transparent} other {Uni}}',
  'dialog.transparentHint': 'Les libellés gardent leur contour dans la couleur de fond du thème, pour rester lisibles sur les lignes\u202f: à poser sur une page {theme, select, dark {sombre} other {claire}}.',
  'dialog.width': 'Largeur en pixels ({min}–{max})',
  'dialog.presetName': '{preset, select, screen {Comme à l’écran} social {{width} × {height} (réseaux sociaux)} square {{width} × {height} (carré)} column {{width} de large (colonne d’article)} other {Largeur personnalisée}}',
  'dialog.sizePng': 'PNG de {fileWidth} × {fileHeight} px ({width} × {height} en densité ×{ratio})',
  'dialog.sizeSvg': 'SVG de {width} × {height}',
  'dialog.widthNotWhole': 'Saisissez un nombre entier de pixels entre {min} et {max}.',
  'dialog.widthOutOfRange': '{width} px est hors de la plage {min}–{max} px\u202f; saisissez une largeur dans cette plage.',
  'dialog.widthHint': 'Le graphique est remis en page à cette largeur.',
  'dialog.header': 'Titre, notes et crédit',
  'dialog.csvNote': 'Un CSV du tableau\u202f: une ligne d’en-tête, le titre et l’identifiant de la source, en UTF-8 avec indicateur d’ordre des octets.',
  'dialog.previewAlt': 'Aperçu de l’image {theme, select, dark {sombre} other {claire}}',
  'dialog.noPreview': 'Pas d’aperçu tant que la largeur est hors limites.',
  'dialog.drawing': 'Dessin de l’aperçu…',
  'dialog.cancel': 'Annuler',
  'dialog.preparing': 'Préparation du fichier…',
  'dialog.downloaded': 'Téléchargé',
  'dialog.failed': 'Échec de l’export\u202f: {reason}',
};
