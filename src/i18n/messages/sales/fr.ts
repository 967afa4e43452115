import type { Translation } from '../../catalog';
import type { salesEn } from './en';

/** The sales area in French: every key of sales/en.ts, no other. */
export const salesFr: Translation<typeof salesEn> = {
  'sales.title': 'Ventes par marque et par année',
  'sales.subtitle.units': 'Véhicules vendus dans le monde par chaque marque de l’Alliance',
  'sales.subtitle.share': 'Part de chaque marque dans les ventes mondiales de l’Alliance',
  'sales.control.measure': 'Mesure',
  'sales.control.units': 'Unités',
  'sales.control.share': 'Part du total (%)',
  'sales.control.layout': 'Disposition des barres',
  'sales.control.stacked': 'Empilées',
  'sales.control.grouped': 'Groupées',
  'sales.legend.others': 'Marques désactivées',
  'sales.legend.rest': 'Autres marques',
  'sales.legend.total': 'Total de l’Alliance',
  'sales.legend.target': 'Objectif {fiscal, select, yes {exercice {year}} other {{year}}}',
  'sales.chartLabel':
    'Diagramme en barres des ventes de {brands}, {layout, select, stacked {empilées} other {côte à côte}}, {mode, select, share {en part du total de l’Alliance} other {en unités}}',
  'sales.summary': '{years}\u202f: {trend}\u202f; {leader}.',
  'sales.summary.noLeader': '{years}\u202f: {trend}.',
  'sales.summary.none': 'Aucun chiffre de ventes ne correspond au filtre.',
  'sales.trend.oneYear': 'l’Alliance a vendu {units} véhicules',
  'sales.trend.change':
    '{direction, select, up {les ventes de l’Alliance sont passées de {from} à {to} véhicules} down {les ventes de l’Alliance sont tombées de {from} à {to} véhicules} other {les ventes de l’Alliance sont restées stables, de {from} à {to} véhicules}}',
  'sales.leader.oneFigure': '{brand} en a vendu {units} ({share})',
  'sales.leader.oneFigureIn': '{brand} en a vendu {units} en {year} ({share})',
  'sales.leader.shareChange': 'la part de {brand} est passée de {from} à {to}',
  'sales.leader.shareChangeIn': 'la part de {brand} est passée de {from} en {fromYear} à {to} en {toYear}',
  'sales.leader.single': '{filtered, select, yes {parmi les marques affichées, } other {}}c’est {brand} qui a le plus vendu ({units}, {share})',
  'sales.leader.everyYear': '{filtered, select, yes {parmi les marques affichées, } other {}}c’est {brand} qui a le plus vendu chaque année',
  'sales.leader.someYears': '{filtered, select, yes {parmi les marques affichées, } other {}}c’est {brand} qui a le plus vendu {n} années sur {total}',
  // A period, not « : »: the note is a sentence of its own (a record's note, or the one below), and French
  // puts no capital after a colon.
  'sales.footnote.gap': 'Pas de barre {brand} en {years}. {note}',
  'sales.footnote.noFigure': 'La source ne donne aucun chiffre pour cette année.',
  'sales.footnote.includes':
    'Les chiffres de {brand} incluent {inner} en {years}{layout, select, stacked {\u202f; sa barre montre le chiffre de {brand} sans {inner}} other {}}.',
  'sales.footnote.hidden':
    'Les totaux portent sur toute l’Alliance, y compris {hidden}, que le filtre masque{drawn, select, stackedShare {\u202f; la partie grise de chaque barre correspond à {hidden} et la complète à 100\u00a0%} stacked {\u202f; la partie grise de chaque barre correspond à {hidden}} groupedShare {\u202f: les parts affichées totalisent donc moins de 100\u00a0%} other {}}.',
  'sales.footnote.rest':
    'Sur les {count} marques sélectionnées qui ont des chiffres en {years}, les {drawn} qui ont le plus vendu ont leurs propres barres\u202f; {layout, select, stacked {la partie grise de chaque barre regroupe {rest, plural, one {la marque restante} other {les # autres}}{hidden, select, yes {, ainsi que les marques désactivées} other {}}} other {{rest, plural, one {la marque restante figure} other {les # autres figurent}} dans le tableau}}.',
  'sales.empty.noBrand': 'Aucune marque sélectionnée\u202f: activez une marque dans le filtre pour voir ses ventes.',
  'sales.empty.noYears': 'Aucun chiffre de ventes en {years}\u202f; le tableau des ventes couvre {table}.',
  'sales.empty.noTable': 'Aucun chiffre de ventes en {years}\u202f; le tableau des ventes ne contient aucune année.',
  'sales.empty.noFigures': '{count, plural, one {Aucun chiffre de ventes pour {brands}} other {Aucun chiffre de ventes pour {brands}}} en {years}.',
  'sales.empty.noFiguresWhy': '{count, plural, one {Aucun chiffre de ventes pour {brands}} other {Aucun chiffre de ventes pour {brands}}} en {years}. {why}',
  'sales.marks.total': 'Totaux',
  'sales.target.short': 'Objectif {fiscal, select, yes {exercice {year}} other {{year}}}\u202f: {units} par an',
  'sales.target.long': '{setIn, select, none {Objectif\u202f: {label}} other {Objectif fixé en {setIn}\u202f: {label}}}',
};
