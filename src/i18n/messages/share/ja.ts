import type { Translation } from '../../catalog';
import type { shareEn } from './en';

/** The share area in Japanese: every key of share/en.ts, no other. */
export const shareJa: Translation<typeof shareEn> = {
  'share.copyChartLink': 'このグラフへのリンクをコピー',
  'share.copyEmbed': '埋め込みコードをコピー',
  'share.linkCopied': 'リンクをコピーしました',
  'share.embedCopied': '埋め込みコードをコピーしました',
  'share.chartLink': 'このグラフへのリンク',
  'share.embedCode': '埋め込みコード',
  'share.copyRefused': 'ブラウザーがコピーを許可しませんでした。下のテキストが選択されているので、Ctrl+C（⌘C）でコピーしてください',
  'share.embedTitle': '{title} — Alliance Atlas',
};
