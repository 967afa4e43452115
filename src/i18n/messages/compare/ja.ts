import type { Translation } from '../../catalog';
import type { compareEn } from './en';

/** The compare area in Japanese: every key of compare/en.ts, no other. */
export const compareJa: Translation<typeof compareEn> = {
  'compare.sales': '{from}年と{to}年の比較：{items}。',
  'compare.sales.total': 'アライアンス合計',
  'compare.sales.keyAt': '{year}（表示中の年）',
  'compare.sales.keyVs': '{year}（比較する年）',
  'compare.sales.figures': '{name} {from}台→{to}台（{change}）',
  'compare.sales.figuresOn': '{name} {from}台→{to}台（{change}、{basis}）',
  'compare.sales.onlyIn': '{brands}は{year}のみ計上{inferred, select, yes {（推定）} other {}}',
  'compare.sales.includes': '{year}は{brands}を含む{inferred, select, yes {（推定）} other {}}',
  'compare.sales.noFigure': '{brand}：{years}の数値なし',
  'compare.sales.inside': '{brand}：{years}は{parent}の数値に含まれる{inferred, select, all {（推定）} some {（{inferredYears}は推定）} other {}}',
  'compare.ev': '{from}年と{to}年の比較：{values}。',
  'compare.ev.none': '{from}年と{to}年の比較：{reason, select, noFigure {{from}年までに数値が報告されたシリーズはありません} other {{to}年に新しい数値があるシリーズはありません}}。',
  'compare.ev.value': '{series} {from}（{fromMonth}）→{to}（{toMonth}）',
  'compare.ownership.footnote':
    '{year}年との比較：{year}年より後に初めて出典に現れる出資は「新規」（それ以前からの出資の場合もあります。言及した出典の時点からしか日付のないものがあります）、変化した出資は両方の数値、終了した出資は淡い点線、変化のない出資は控えめに描いています。{inferred, select, yes {「頃」を付けた終了年は出典になく、推定です。} other {}}',
  'compare.ownership.kind': '{kind, select, new {新規} changed {変化} unchanged {変化なし} other {終了}}',
  'compare.ownership.state': '{stake}{voting, select, yes {（議決権あり{planned, select, yes {・計画} other {}}）} no {（議決権なし{planned, select, yes {・計画} other {}}）} other {{planned, select, yes {（計画）} other {}}}}',
  'compare.ownership.tableCaption': '出資関係：{from}年から{to}年への変化',
  'compare.ownership.tableChange': '変化',
  'compare.ownership.tableIn': '{year}年',
  'compare.ownership.summary': '{from}年から{to}年の出資：{counts}。',
  'compare.ownership.summaryDetails': '{from}年から{to}年の出資：{counts}。変化：{details}。',
  'compare.ownership.summaryNone': '{from}年から{to}年にかけて変化した出資はありません（両年とも{same}件を保有）。',
  'compare.ownership.changed': '{count, plural, other {変化#件}}',
  'compare.ownership.new': '{count, plural, other {新規#件}}',
  'compare.ownership.ended': '{count, plural, other {終了#件}}',
  'compare.ownership.same': '{count, plural, other {変化なし#件}}',
  'compare.ownership.detail': '{holder}の{held}への出資（{change}）',
};
