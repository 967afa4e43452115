import type { Translation } from '../../catalog';
import type { salesMarksEn } from './en';

export const salesMarksFr: Translation<typeof salesMarksEn> = {
  'salesMarks.tooltip.noFigure': 'aucun chiffre',
  'salesMarks.tooltip.total': 'Total de l’Alliance',
  'salesMarks.tooltip.hidden': 'Le total inclut {hidden}, que le filtre masque.',
  'salesMarks.tooltip.hint': 'Cliquez ou appuyez sur Entrée pour voir la source',
  'salesMarks.tooltip.hintYear': 'Cliquez ou appuyez sur Entrée pour voir la source · cliquez sur l’année pour afficher toutes les vues à cette date',
  'salesMarks.tooltip.source': 'Source\u202f: {sources}',
  'salesMarks.target.name': 'Objectif\u202f: {label}, {units} véhicules par an. Ouvrir sa source',
  'salesMarks.segment.name': '{brand} {year}\u202f: {units} véhicules, {share} du total de l’Alliance',
  'salesMarks.year.name': '{year}, total de l’Alliance {units} véhicules\u202f: {isAt, select, yes {l’année affichée par toutes les vues} other {afficher toutes les vues à cette année}}',
  'salesMarks.year.nameNoTotal': '{year}\u202f: {isAt, select, yes {l’année affichée par toutes les vues} other {afficher toutes les vues à cette année}}',
};
