import type { Translation } from '../../catalog';
import type { evTooltipEn } from './en';

export const evTooltipFr: Translation<typeof evTooltipEn> = {
  'evTooltip.value': '{qualifier, select, over {Plus de {units}} about {Environ {units}} almost {Près de {units}} other {{units}}} {measure, select, production {produits} other {vendus}}',
  'evTooltip.measure': ' — {measure, select, production {production cumulée, pas des ventes} other {ventes cumulées}}',
  'evTooltip.source': 'Source\u202f: {source}',
  'evTooltip.disputeHead': 'Les sources divergent sur la date.',
  'evTooltip.dispute': 'Un autre enregistrement date le palier de {units} à {date}\u202f:',
  'evTooltip.targetHead': 'Objectif\u202f: {label}',
  'evTooltip.targetMeasure': ' — {series}, ventes cumulées',
};
