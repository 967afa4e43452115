import type { Translation } from '../../catalog';
import type { sourcesEn } from './en';

/** The sources area in French: every key of sources/en.ts, no other. */
export const sourcesFr: Translation<typeof sourcesEn> = {
  'sources.list': 'Sources :',
  'sources.showAll': 'Afficher les {count} sources',
  'sources.kicker': 'Source',
  'sources.unknown': 'Source inconnue « {id} »',
  'sources.close': 'Fermer le panneau des sources',
  'sources.publisher': 'Éditeur',
  'sources.date': 'Date',
  'sources.language': 'Langue',
  'sources.kind': 'Type',
  'sources.notStated': 'Non indiqué',
  'sources.asWritten': 'les citations sont reproduites telles quelles, sans traduction',
  'sources.kind.news': 'Article de presse',
  'sources.kind.encyclopedia': 'Article d’encyclopédie',
  'sources.quoteLanguage': 'Texte original en {language}, tel qu’écrit',
  'sources.record': 'Donnée',
  'sources.recordMissing': 'Cette donnée ne figure pas dans le jeu de données.',
  'sources.derived': 'Déduit, non énoncé',
  'sources.note': 'Remarque :',
  'sources.thisRecord': '(cette donnée)',
  'sources.showRecord': 'Afficher cette donnée',
  'sources.citing': '{isOther, select, true {Autres données citant cette source} other {Données citant cette source}} ({count})',
  'sources.citingNone': '{isOther, select, true {Aucune autre donnée de ce jeu ne cite cette source.} other {Aucune donnée de ce jeu ne cite cette source.}}',
  'sources.group': '{group, select, sales {Ventes par marque} salesTotals {Ventes totales de l’Alliance} evMilestones {Jalons des VE} evLaunches {Lancements de VE} ownership {Participations} plants {Usines} events {Événements} other {Objectifs}} ({count})',
};
