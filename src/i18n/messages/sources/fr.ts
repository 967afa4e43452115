import type { Translation } from '../../catalog';
import type { sourcesEn } from './en';

/** The sources area in French: every key of sources/en.ts, no other. */
export const sourcesFr: Translation<typeof sourcesEn> = {
  'sources.list': 'Sources :',
  'sources.showAll': 'Afficher les {count, number} {what, select, notes {notes} plants {usines} targets {objectifs} rows {lignes} other {sources}}',
  'sources.showFewer': 'Afficher moins',
  'sources.tapHint': 'Touchez de nouveau {mark, select, bar {la barre} plant {l’usine} milestone {le jalon} marker {le repère} target {l’objectif} arrow {la flèche} company {la société} other {l’élément}} ou «\u00a0Source\u00a0» pour lire la source',
  'sources.tapButton': 'Source',
  'sources.quoteLanguage': 'Texte original en {language}, tel qu’écrit',
  'sources.quoted': '«\u202f{quote}\u202f»',
  'sources.join': '{first}\u202f; {second}',
};
