import type { Translation } from '../../catalog';
import type { announceEn } from './en';

export const announceFr: Translation<typeof announceEn> = {
  'announce.brandCount': '{count, plural, one {# marque} other {# marques}}',
  'announce.brandOn': '{brand} activée, {shown, select, all {toutes les marques sont affichées} none {aucune marque sélectionnée} other {affichage de {brands}}}.',
  'announce.brandOff': '{brand} désactivée, {shown, select, all {toutes les marques sont affichées} none {aucune marque sélectionnée} other {affichage de {brands}}}.',
  'announce.brands': '{shown, select, all {Toutes les marques sont affichées} none {Aucune marque sélectionnée} other {Affichage de {brands}}}.',
  'announce.years': 'Années {years}.',
  'announce.at': 'Toutes les vues en {year}.',
  'announce.salesShare': 'Ventes en part du total.',
  'announce.salesUnits': 'Ventes en unités.',
  'announce.stacked': 'Barres de ventes empilées.',
  'announce.grouped': 'Barres de ventes groupées.',
  'announce.log': 'Axe des VE logarithmique.',
  'announce.linear': 'Axe des VE linéaire.',
  'announce.map': 'Carte : {region, select, world {monde} europe {Europe} asia {Asie} other {Amériques}}.',
  'announce.lang': 'Français.',
};
