import type { Translation } from '../../catalog';
import type { salesMarksEn } from './en';

export const salesMarksJa: Translation<typeof salesMarksEn> = {
  'salesMarks.tooltip.noFigure': '数値なし',
  // A word joiner holds 合計 ("total") together: a phone's tooltip has room for アライアンス alone on a line,
  // and the break that fits most would fall inside the word (合 / 計).
  'salesMarks.tooltip.total': 'アライアンス合\u2060計',
  'salesMarks.tooltip.hidden': '合計にはフィルターでオフにした{hidden}が含まれます。',
  'salesMarks.tooltip.hint': 'クリックまたはEnterキーで出典を表示',
  'salesMarks.tooltip.hintYear': 'クリックまたはEnterキーで出典を表示・年をクリックで全ビューをその年の状態で表示',
  'salesMarks.tooltip.source': '出典：{sources}',
  'salesMarks.target.name': '目標：{label}、年{units}台。出典を開く',
  'salesMarks.segment.name': '{brand} {year}年：{units}台、アライアンス合計の{share}',
  'salesMarks.year.name': '{year}年、アライアンス合計{units}台：{isAt, select, yes {全ビューが表示中の年} other {全ビューをこの年の状態で表示}}',
  'salesMarks.year.nameNoTotal': '{year}年：{isAt, select, yes {全ビューが表示中の年} other {全ビューをこの年の状態で表示}}',
};
