import type { Translation } from '../../catalog';
import type { appEn } from './en';

/** The app area in Japanese: every key of app/en.ts, no other. */
export const appJa: Translation<typeof appEn> = {
  'app.title': 'Alliance Atlas',
  'app.lede': 'Renault・Nissan・Mitsubishi アライアンスを、連動する4つのビューで：販売台数、電気自動車、資本関係、生産拠点。すべての数値から、その根拠となる原文の一文を開けます。',
  'app.lede.single': 'Renault・Nissan・Mitsubishi アライアンスの連動する4つのビューから、「{chart}」だけを表示しています。ダッシュボードでは他の3つと並べて見られます。すべての数値から、その根拠となる原文の一文を開けます。',
  'app.counts': '販売{years, plural, other {#年分}} · {brands, plural, other {#ブランド}} · 工場{plants, plural, other {#か所}} · 出典{sources, plural, other {#件}}',
  'app.counts.loading': 'データを読み込み中…',
  'app.counts.failed': 'データを読み込めませんでした',
  /** Two sentences one after the other (src/i18n/joinList.ts joinSentences). */
  'app.sentences': '{first}{second}',
  'app.skipLink': 'グラフへ移動',
  'app.language': '言語',
  'app.theme': 'カラーテーマ',
  'app.theme.system': '自動',
  'app.theme.light': 'ライト',
  'app.theme.dark': 'ダーク',
  'app.documentTitle': '{chart} {years} — Alliance Atlas',
  'app.printHeader': '{address} · {date}印刷 · {filters}',
  'app.openDashboard': 'ダッシュボード全体を開く',
  'app.pageTitle': 'Alliance Atlas — 連動する4つのビューで見る Renault・Nissan・Mitsubishi アライアンス',
  'app.description': 'Alliance Atlas：Renault・Nissan・Mitsubishi アライアンスの販売台数、電気自動車、資本関係、生産拠点。すべての数値に出典があります。',
};
