import type { Translation } from '../../catalog';
import type { salesEn } from './en';

/** The sales area in Japanese: every key of sales/en.ts, no other. */
export const salesJa: Translation<typeof salesEn> = {
  'sales.title': 'ブランド別の年間販売台数',
  'sales.subtitle.units': 'アライアンス各ブランドの世界販売台数',
  'sales.subtitle.share': 'アライアンスの世界販売台数に占める各ブランドのシェア',
  'sales.control.measure': '表示',
  'sales.control.units': '台数',
  'sales.control.share': '構成比（%）',
  'sales.control.layout': '棒の配置',
  'sales.control.stacked': '積み上げ',
  'sales.control.grouped': '並列',
  'sales.legend.others': 'オフにしたブランド',
  'sales.legend.rest': 'その他のブランド',
  'sales.legend.total': 'アライアンス合計',
  'sales.legend.target': '{year}{fiscal, select, yes {年度} other {年}}の目標',
  'sales.chartLabel':
    '{brands}の販売台数の棒グラフ（{layout, select, stacked {積み上げ} other {並列}}、{mode, select, share {アライアンス合計に占める割合} other {台数}}）',
  'sales.summary': '{years}年：{trend}。{leader}。',
  'sales.summary.noLeader': '{years}年：{trend}。',
  'sales.summary.none': 'フィルターに合う販売台数のデータはありません。',
  'sales.trend.oneYear': 'アライアンスの販売台数は{units}台',
  'sales.trend.change':
    '{direction, select, up {アライアンスの販売台数は{from}台から{to}台に増加} down {アライアンスの販売台数は{from}台から{to}台に減少} other {アライアンスの販売台数は{from}台から{to}台で横ばい}}',
  'sales.leader.oneFigure': 'うち{brand}は{units}台（{share}）',
  'sales.leader.oneFigureIn': 'うち{brand}は{year}年に{units}台（{share}）',
  'sales.leader.shareChange': '{brand}のシェアは{from}から{to}に推移',
  'sales.leader.shareChangeIn': '{brand}のシェアは{fromYear}年の{from}から{toYear}年の{to}に推移',
  'sales.leader.single': '{filtered, select, yes {表示中のブランドでは} other {}}{brand}が最多（{units}台、{share}）',
  'sales.leader.everyYear': '{filtered, select, yes {表示中のブランドでは} other {}}毎年{brand}が最多',
  'sales.leader.someYears': '{filtered, select, yes {表示中のブランドでは} other {}}{total}年のうち{n}年で{brand}が最多',
  'sales.footnote.gap': '{years}年の{brand}の棒なし：{note}',
  'sales.footnote.noFigure': '出典にこの年の数値はありません。',
  'sales.footnote.includes':
    '{years}年の{brand}の数値には{inner}が含まれます{layout, select, stacked {（棒は{brand}の数値から{inner}の数値を引いた分）} other {}}。',
  'sales.footnote.hidden':
    '合計はアライアンス全体の数値で、フィルターでオフにした{hidden}を含みます{drawn, select, stackedShare {（各棒の灰色部分が{hidden}で、100%まで満たします）} stacked {（各棒の灰色部分が{hidden}）} groupedShare {。そのため表示中のシェアの合計は100%未満です} other {}}。',
  'sales.footnote.rest':
    '{years}年に数値のある選択中の{count}ブランドのうち、販売台数上位{drawn}ブランドを個別の棒で示します。{layout, select, stacked {残りの{rest, plural, other {#}}ブランドは{hidden, select, yes {オフにしたブランドとともに} other {}}各棒の灰色の部分に含まれます} other {残りの{rest, plural, other {#}}ブランドは表に記載しています}}。',
  'sales.empty.noBrand': 'ブランドが選択されていません。販売台数を見るには、フィルターでブランドをオンにしてください。',
  'sales.empty.noYears': '{years}年の販売台数のデータはありません。販売台数の表は{table}年の範囲です。',
  'sales.empty.noTable': '{years}年の販売台数のデータはありません。販売台数の表に年がありません。',
  'sales.empty.noFigures': '{count, plural, other {{years}年の{brands}の販売台数のデータはありません。}}',
  'sales.empty.noFiguresWhy': '{count, plural, other {{years}年の{brands}の販売台数のデータはありません。}}{why}',
  'sales.marks.total': '合計',
  'sales.target.short': '{year}{fiscal, select, yes {年度} other {年}}の目標：年{units}台',
  'sales.target.long': '{setIn, select, none {目標：{label}} other {{setIn}年に設定された目標：{label}}}',
};
