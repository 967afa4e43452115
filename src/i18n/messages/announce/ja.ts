import type { Translation } from '../../catalog';
import type { announceEn } from './en';

export const announceJa: Translation<typeof announceEn> = {
  'announce.brandCount': '{count, plural, other {#ブランド}}',
  'announce.brandOn': '{brand}をオン。{shown, select, all {すべてのブランドを表示中} none {ブランドが選択されていません} other {{brands}を表示中}}。',
  'announce.brandOff': '{brand}をオフ。{shown, select, all {すべてのブランドを表示中} none {ブランドが選択されていません} other {{brands}を表示中}}。',
  'announce.brands': '{shown, select, all {すべてのブランドを表示中} none {ブランドが選択されていません} other {{brands}を表示中}}。',
  'announce.years': '{years}年。',
  'announce.at': 'すべてのビューを{year}年時点で表示。',
  'announce.salesShare': '販売台数を構成比で表示。',
  'announce.salesUnits': '販売台数を台数で表示。',
  'announce.stacked': '販売台数の棒グラフを積み上げ表示。',
  'announce.grouped': '販売台数の棒グラフを並べて表示。',
  'announce.log': '電気自動車の軸を対数目盛に。',
  'announce.linear': '電気自動車の軸を線形目盛に。',
  'announce.map': '地図：{region, select, world {世界} europe {ヨーロッパ} asia {アジア} other {南北アメリカ}}。',
  'announce.lang': '日本語。',
};
