import type { Translation } from '../../catalog';
import type { evTooltipEn } from './en';

export const evTooltipJa: Translation<typeof evTooltipEn> = {
  'evTooltip.value': '{qualifier, select, over {{units}台超} about {約{units}台} almost {{units}台近く} other {{units}台}}{measure, select, production {生産} other {販売}}',
  'evTooltip.measure': '（{measure, select, production {累計生産台数、販売ではありません} other {累計販売台数}}）',
  'evTooltip.source': '出典：{source}',
  'evTooltip.disputeHead': '時期について出典が食い違っています。',
  'evTooltip.dispute': '別の記録では{units}台の時期を{date}としています：',
  'evTooltip.targetHead': '目標：{label}',
  'evTooltip.targetMeasure': ' — {series}、累計販売',
};
