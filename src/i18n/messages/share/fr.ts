import type { Translation } from '../../catalog';
import type { shareEn } from './en';

/** The share area in French: every key of share/en.ts, no other. */
export const shareFr: Translation<typeof shareEn> = {
  'share.copyChartLink': 'Copier le lien vers ce graphique',
  'share.copyEmbed': 'Copier le code d’intégration',
  'share.linkCopied': 'Lien copié',
  'share.embedCopied': 'Code d’intégration copié',
  'share.chartLink': 'Lien vers ce graphique',
  'share.embedCode': 'Code d’intégration',
  'share.copyRefused': 'Le navigateur n’a pas autorisé la copie : le texte est sélectionné ci-dessous, appuyez sur Ctrl+C (⌘C) pour le copier',
  'share.embedTitle': '{title} — Alliance Atlas',
};
