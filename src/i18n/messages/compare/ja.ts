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
};
