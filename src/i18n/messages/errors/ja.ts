import type { Translation } from '../../catalog';
import type { errorsEn } from './en';

/** The errors area in Japanese: every key of errors/en.ts, no other. */
export const errorsJa: Translation<typeof errorsEn> = {
  'errors.loading': 'データを読み込み中…',
  'errors.retry': '再試行',
  'errors.details': '検証で見つかった問題（検証ツールの英語の表記のまま）：',
  'errors.details.other': '失敗の内容（ブラウザーまたはアプリの英語の表記のまま）：',
  'errors.load.title': 'データを読み込めませんでした',
  'errors.load': '{message}',
  'errors.offline.title': 'オフラインです',
  'errors.offline': 'この端末がオフラインのため、データをダウンロードできませんでした。接続が戻ると自動的に読み込みます。「再試行」を押すとすぐに再度試します。',
  'errors.data.invalid': 'データファイルが正しくありません。',
  'errors.data.timeout': 'データのダウンロードに時間がかかりすぎました。しばらくしてから再試行してください。',
  'errors.data.network': 'データをダウンロードできませんでした。接続を確認して再試行してください。',
  'errors.data.http': 'データをダウンロードできませんでした（HTTP {status}）。',
  'errors.data.json': 'データファイルが正しいJSONではありません。',
  'errors.app.title': 'ダッシュボードが停止しました',
  'errors.app': 'グラフ以外の部分で問題が発生しました。選んだ条件はアドレスに残っています。再試行するとダッシュボードをもう一度描画します。',
  'errors.view.title': 'このビューを描画できませんでした',
  'errors.view': 'このグラフで問題が発生しました。ほかのビューには影響ありません。',
  'errors.export': 'エクスポートに失敗しました：{message}',
  'errors.onDemand': 'この部分を開けませんでした。オフラインの場合は接続を確認して、もう一度お試しください。',
  'errors.onDemand.close': '閉じる',
  'errors.language': '{language}の文言をダウンロードできなかったため、ページは日本語のままです。',
  'errors.language.retry': '{language}をもう一度試す',
  'errors.reload': 'ページを再読み込み（フィルターはそのまま）',
  'errors.reloadOffline': 'オンラインに戻ったら再読み込み（フィルターはそのまま）',
};
