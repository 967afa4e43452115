import type { Translation } from '../../catalog';
import type { dialogEn } from './en';

/** The export dialog's words in Japanese: every key of dialog/en.ts, no other. */
export const dialogJa: Translation<typeof dialogEn> = {
  'dialog.heading': '「{title}」をエクスポート',
  'dialog.format': '形式',
  'dialog.size': 'サイズ',
  'dialog.theme': 'テーマ',
  'dialog.themeName': '{theme, select, dark {ダーク} other {ライト}}',
  'dialog.background': '背景',
  'dialog.backgroundName': '{background, select, transparent {透明} other {塗りつぶし}}',
  'dialog.transparentHint': 'ラベルは線の上でも読めるよう、テーマの背景色の縁取りを保ちます。{theme, select, dark {暗い} other {明るい}}背景のページに向いています。',
  'dialog.width': '幅（ピクセル、{min}–{max}）',
  'dialog.presetName': '{preset, select, screen {画面と同じ} social {{width} × {height}（SNS向け）} square {{width} × {height}（正方形）} column {幅{width}（記事のカラム）} other {幅を指定}}',
  'dialog.sizePng': '{fileWidth} × {fileHeight} pxのPNG（{width} × {height}を{ratio}倍の解像度で）',
  'dialog.sizeSvg': '{width} × {height}のSVG',
  'dialog.widthNotWhole': '{min}から{max}までの整数でピクセル数を入力してください。',
  'dialog.widthOutOfRange': '{width} pxは{min}–{max} pxの範囲外です。この範囲の幅を入力してください。',
  'dialog.widthHint': 'この幅でグラフを配置し直します。',
  'dialog.header': 'タイトル、注記、クレジット',
  'dialog.csvNote': '表のCSV：見出し行1行、出典のタイトルとID、BOM付きUTF-8。',
  'dialog.previewAlt': '{theme, select, dark {ダーク} other {ライト}}画像のプレビュー',
  'dialog.noPreview': '幅が範囲内になるまでプレビューは表示されません。',
  'dialog.drawing': 'プレビューを描画中…',
  'dialog.cancel': 'キャンセル',
  'dialog.preparing': 'ファイルを準備中…',
  'dialog.downloaded': 'ダウンロードしました',
  'dialog.failed': 'エクスポートに失敗しました：{reason}',
};
