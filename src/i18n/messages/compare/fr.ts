import type { Translation } from '../../catalog';
import type { compareEn } from './en';

/** The compare area in French: every key of compare/en.ts, no other. */
export const compareFr: Translation<typeof compareEn> = {
  'compare.sales': 'Comparaison de {from} avec {to}\u202f: {items}.',
  'compare.sales.total': 'total de l’Alliance',
  'compare.sales.keyAt': '{year} (année affichée)',
  'compare.sales.keyVs': '{year} (comparée)',
  'compare.sales.figures': '{name} {from} → {to} ({change})',
  'compare.sales.figuresOn': '{name} {from} → {to} ({change}\u202f; {basis})',
  'compare.sales.onlyIn': '{brands} dans le total de {year} seulement{inferred, select, yes {, par déduction} other {}}',
  'compare.sales.includes': 'le chiffre de {year} inclut {brands}{inferred, select, yes {, par déduction} other {}}',
  'compare.sales.noFigure': '{brand}\u202f: aucun chiffre pour {years}',
  'compare.sales.inside': '{brand}\u202f: compris dans le chiffre de {parent} en {years}{inferred, select, all { (par déduction)} some { (par déduction pour {inferredYears})} other {}}',
  'compare.ev': 'Comparaison de {from} avec {to}\u202f: {values}.',
  'compare.ev.none': 'Comparaison de {from} avec {to}\u202f: {reason, select, noFigure {aucune courbe n’a de chiffre publié en {from}} other {aucune courbe n’a de chiffre plus récent en {to}}}.',
  'compare.ev.value': '{series} {from} ({fromMonth}) → {to} ({toMonth})',
  'compare.ownership.footnote':
    'Comparaison avec {year}\u202f: une participation que les sources ne donnent qu’après {year} est marquée «\u00a0nouvelle\u00a0» (elle peut être plus ancienne\u00a0: certaines ne sont datées que par la source qui les mentionne), celles qui ont changé montrent les deux chiffres, celles qui ont pris fin sont estompées et en pointillés, les autres sont tracées discrètement.{inferred, select, yes { Une année de fin marquée «\u00a0v.\u00a0» (vers) n’est donnée par aucune source\u202f: elle est déduite.} other {}}',
  'compare.ownership.kind': '{kind, select, new {nouvelle} changed {modifiée} unchanged {inchangée} other {terminée}}',
  'compare.ownership.state': '{stake}{voting, select, yes { avec droit de vote} no { sans droit de vote} other {}}{planned, select, yes {, prévue} other {}}',
  'compare.ownership.tableCaption': 'Participations au capital\u202f: changements de {from} à {to}',
  'compare.ownership.tableChange': 'Changement',
  'compare.ownership.tableIn': 'En {year}',
  'compare.ownership.summary': 'Participations de {from} à {to}\u202f: {counts}.',
  'compare.ownership.summaryDetails': 'Participations de {from} à {to}\u202f: {counts}. Modifiées\u202f: {details}.',
  'compare.ownership.summaryNone': 'De {from} à {to}, aucune participation n’a changé ({same} détenues les deux années).',
  'compare.ownership.changed': '{count, plural, one {# modifiée} other {# modifiées}}',
  'compare.ownership.new': '{count, plural, one {# nouvelle} other {# nouvelles}}',
  'compare.ownership.ended': '{count, plural, one {# terminée} other {# terminées}}',
  'compare.ownership.same': '{count, plural, one {# inchangée} other {# inchangées}}',
  'compare.ownership.detail': '{holder} dans {held}\u202f: {change}',
};
