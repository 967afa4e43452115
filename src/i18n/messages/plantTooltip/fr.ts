import type { Translation } from '../../catalog';
import type { plantTooltipEn } from './en';

export const plantTooltipFr: Translation<typeof plantTooltipEn> = {
  'plantTooltip.place': '{city}, {country}',
  'plantTooltip.brands': 'Marques',
  'plantTooltip.capacity': 'Capacité',
  'plantTooltip.notYet': '{capacity} — pas encore en {year}',
  'plantTooltip.also': 'Autres chiffres',
  'plantTooltip.opening': 'Ouverture',
  'plantTooltip.opened': '{planned, select, yes {{year} (prévue)} other {{year}}}',
  'plantTooltip.notGiven': 'non précisée (usine existante)',
  'plantTooltip.source': 'Source\u202f: {source}',
};
