import type { Translation } from '../../catalog';
import type { sourcesEn } from './en';

/** The sources area in Japanese: every key of sources/en.ts, no other. */
export const sourcesJa: Translation<typeof sourcesEn> = {
  'sources.list': '出典：',
  'sources.showAll': '{what, select, notes {注記} plants {工場} targets {目標} rows {行} other {出典}}を{count, number}件すべて表示',
  'sources.showFewer': '一部のみ表示',
  'sources.tapHint': '{mark, select, bar {棒} plant {工場} milestone {マイルストーン} marker {マーカー} target {目標} arrow {矢印} company {会社} other {印}}をもう一度タップするか「出典」を押すと、出典を読めます',
  'sources.tapButton': '出典',
  'sources.quoteLanguage': '{language}の原文（原文のまま）',
  'sources.quoted': '「{quote}」',
  'sources.join': '{first}／{second}',
};
