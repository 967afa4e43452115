import type { Translation } from '../../catalog';
import type { evEn } from './en';

/** The ev area in French: every key of ev/en.ts, no other. */
export const evFr: Translation<typeof evEn> = {
  'ev.title': 'Véhicules électriques\u202f: ventes cumulées',
  'ev.subtitle': 'Unités cumulées depuis le lancement, aux dates où les sources signalent chaque palier atteint',
  'ev.legend.alliance': 'Toute l’Alliance',
  'ev.legend.production': 'Véhicules produits',
  'ev.control.scale': 'Échelle',
  'ev.control.linear': 'Linéaire',
  'ev.control.log': 'Logarithmique',
  'ev.empty': 'Aucun palier, lancement ni événement lié aux véhicules électriques en {years}.',
  'ev.emptyWithSpan': 'Aucun palier, lancement ni événement lié aux véhicules électriques en {years}. Les données vont de {start} à {end}.',
  'ev.summary.onlyMarkers': 'Aucun palier de ventes en {years}\u202f; le graphique montre les lancements de modèles et les événements de ces années.',
  'ev.summary.nothing': 'Aucun palier, lancement ni événement lié aux véhicules électriques en {years} pour les marques sélectionnées.',
  'ev.summary.top':
    '{alliance, select, yes {L’{series}} other {{series}}} {qualifier, select, over {a dépassé {units}} none {a atteint {units}} other {a atteint {qualified}}} véhicules électriques en {month}.',
  'ev.summary.topAfterLaunch':
    '{alliance, select, yes {L’{series}} other {{series}}} {qualifier, select, over {a dépassé {units}} none {a atteint {units}} other {a atteint {qualified}}} véhicules électriques en {month}, {unit, select, years {{elapsed, plural, one {# an} other {# ans}}} other {{elapsed, plural, one {# mois} other {# mois}}}} après le lancement du modèle {launch}.',
  'ev.summary.model': 'Le modèle le plus vendu parmi ceux affichés, la {model}, {qualifier, select, over {a dépassé {units}} none {a atteint {units}} other {a atteint {qualified}}} unités en {month}.',
  'ev.count.qualified': '{qualifier, select, over {plus de {units}} about {environ {units}} almost {près de {units}} other {{units}}}',
  'ev.summary.both': '{first} {second}',
  'ev.summary.cursor': 'Fin {year}, derniers chiffres\u202f: {values}.',
  'ev.summary.comparedOnly': 'La règle en tirets marque {year}, l’année de comparaison\u202f; {at} est hors des années du graphique.',
  'ev.summary.cursorValue': '{series} {units} ({month})',
  'ev.footnote.disputed':
    'Les sources divergent sur la date à laquelle {alliance, select, yes {l’{series}} other {{series}}} a atteint {units}\u202f: {dates}. {count, plural, =2 {Les deux sont tracées} other {Les # sont tracées}}.',
  'ev.footnote.undated': 'Les lignes sans date du tableau des paliers de la source sont placées à la date de la ligne précédente\u202f: {months}.',
  'ev.footnote.scope': '{series}\u202f: {note}',
  'ev.footnote.production': 'Les points creux comptent les véhicules produits, non vendus.',
  'ev.footnote.longHold': 'Pointillés\u202f: plus d’un an entre deux paliers publiés\u202f; les sources ne donnent aucun chiffre entre les deux.',
  'ev.line.production': '{series} (production)',
  'ev.launch.title': 'Lancement\u202f: {model}',
  'ev.chartLabel':
    'Ventes cumulées de véhicules électriques, échelle {scale, select, log {logarithmique} other {linéaire}}\u202f; chaque palier est un bouton qui ouvre sa source',
  'ev.noMilestone': 'Aucun palier de ventes sur cette période',
  'ev.thinned':
    '{count, plural, one {# palier trop proche d’un autre pour être distingué figure sur sa courbe sans point} other {# paliers trop proches pour être distingués figurent sur les courbes sans point}}\u202f; {isEmbed, select, yes {le tableau d’Alliance Atlas les liste tous} other {le tableau les liste tous}}.',
  'ev.unnamed':
    'Le graphique nomme {most} de ses courbes, les totaux et les plus hautes\u202f; {count, plural, one {l’autre est nommée} other {les # autres sont nommées}} dans les infobulles et {isEmbed, select, yes {le tableau d’Alliance Atlas} other {le tableau}}.',
  'ev.thinnedMarkers':
    '{count, plural, one {# lancement ou événement est trop proche} other {# lancements et événements sont trop proches}} des autres pour être tracés à part\u202f; {isEmbed, select, yes {le tableau d’Alliance Atlas les liste tous} other {Afficher le tableau les liste tous}}.',
  'ev.dot.name':
    '{series}\u202f: {qualifier, select, over {plus de } about {environ } almost {près de } other {}}{units} {measure, select, production {produits} other {vendus}}, {month}{disputed, select, yes {\u202f; les sources divergent sur la date} other {}}',
  'ev.marker.name': '{title}, {date}',
  'ev.marker.nameWithLabel': '{label}\u202f: {title}, {date}',
  'ev.cursor.name': 'En {year}',
  'ev.cursor.value': '{series}\u202f: {units} en {month}',
  'ev.legend.target': 'Objectif (prévu)',
  'ev.target.verdict': '<b>{status, select, met {Atteint} missed {Manqué} other {Résultat non communiqué}}</b>{hasOutcome, select, yes {\u202f: {outcome}} other {}}',
  'ev.target.outcome': '{shown, select, both {{beforeUnits} annoncés en {beforeMonth}\u202f; {afterUnits} en {afterMonth}} before {{beforeUnits} annoncés en {beforeMonth}} other {{afterUnits} en {afterMonth}}}',
  'ev.target.mark': 'Objectif {year}\u202f: {units}{status, select, met {, atteint} missed {, manqué} other {}}',
  'ev.target.markCompact': '{status, select, met {{year}\u202f: atteint} missed {{year}\u202f: manqué} other {Objectif {year}}}',
  'ev.target.name': 'Objectif\u202f: {label}, {units}. {status, select, met {Atteint} missed {Manqué} other {Résultat non communiqué}}{hasOutcome, select, yes {\u202f: {outcome}} other {}}',
  'ev.target.summaryItem': '{label}, {status, select, met {atteint} missed {manqué} other {résultat non communiqué}}{hasOutcome, select, yes { ({outcome})} other {}}',
  'ev.target.summaryJoin': '{first}\u202f; {rest}',
  'ev.target.summary': '{count, plural, one {Objectif\u202f: {items}.} other {Objectifs\u202f: {items}.}}',
};
