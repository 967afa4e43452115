import type { Translation } from '../../catalog';
import type { sourcesEn } from './en';

/** The sources area in Japanese: every key of sources/en.ts, no other. */
export const sourcesJa: Translation<typeof sourcesEn> = {
  'sources.list': '出典：',
  'sources.showAll': '出典を{count}件すべて表示',
  'sources.kicker': '出典',
  'sources.unknown': '不明な出典「{id}」',
  'sources.close': '出典パネルを閉じる',
  'sources.publisher': '発行元',
  'sources.date': '日付',
  'sources.language': '言語',
  'sources.kind': '種類',
  'sources.notStated': '記載なし',
  'sources.asWritten': '引用は翻訳せず原文のまま表示しています',
  'sources.kind.news': 'ニュース記事',
  'sources.kind.encyclopedia': '百科事典の記事',
  'sources.quoteLanguage': '{language}の原文（原文のまま）',
  'sources.record': 'データ',
  'sources.recordMissing': 'このデータはデータセットにありません。',
  'sources.derived': '推計（原文に記載なし）',
  'sources.note': '注：',
  'sources.thisRecord': '（このデータ）',
  'sources.showRecord': 'このデータを表示',
  'sources.citing': '{isOther, select, true {この出典を引用するほかのデータ} other {この出典を引用するデータ}}（{count}件）',
  'sources.citingNone': '{isOther, select, true {このデータセットには、この出典を引用するほかのデータはありません。} other {このデータセットには、この出典を引用するデータはありません。}}',
  'sources.group': '{group, select, sales {ブランド別販売台数} salesTotals {アライアンスの販売台数合計} evMilestones {電気自動車の節目} evLaunches {電気自動車の発売} ownership {出資比率} plants {工場} events {出来事} other {目標}}（{count}件）',
};
