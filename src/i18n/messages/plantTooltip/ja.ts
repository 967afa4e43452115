import type { Translation } from '../../catalog';
import type { plantTooltipEn } from './en';

export const plantTooltipJa: Translation<typeof plantTooltipEn> = {
  'plantTooltip.place': '{city}、{country}',
  'plantTooltip.brands': 'ブランド',
  'plantTooltip.capacity': '生産能力',
  'plantTooltip.notYet': '{capacity}（{year}年時点では未稼働）',
  'plantTooltip.also': 'その他',
  'plantTooltip.opening': '稼働',
  'plantTooltip.opened': '{planned, select, yes {{year}年（計画）} other {{year}年}}',
  'plantTooltip.notGiven': '記載なし（既存工場）',
  'plantTooltip.source': '出典：{source}',
};
