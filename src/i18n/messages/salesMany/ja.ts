import type { Translation } from '../../catalog';
import type { salesManyEn } from './en';

export const salesManyJa: Translation<typeof salesManyEn> = {
  'salesMany.others': 'その他のブランド',
  'salesMany.note':
    '{years}に数値のある選択中の{count}ブランドのうち、販売台数が多い{drawn}ブランドを個別の棒で示します。{layout, select, stacked {残りの{rest, plural, other {#}}ブランドは、オフにしたブランドとともに各棒の灰色の部分に含まれます} other {残りの{rest, plural, other {#}}ブランドは表に記載しています}}。',
};
