import type { IntlShape } from 'react-intl';
import { addEnglish } from '../../i18n/messages';
import { compareEn } from '../../i18n/messages/compare/en';
import { formatsOf } from '../../i18n/format';
import { joinList } from '../../i18n/joinList';
import { SUMMARY_VALUES, type EvCursor } from './cursor';

// Its words come with it (EnglishLater): the first script carries none of them.
addEnglish({ compare: compareEn });

/**
 * The cursor's reading and the compared year's (`cursor.compared`), earlier first: "Comparing 2016 with 2020:
 * Alliance 350,000 (Aug 2016) → 800,000 (Dec 2019); …", the three largest later figures of the lines read in both
 * years with a newer milestone in the later one (`moved`). Where no line moved, it says why — none had a figure by
 * the earlier year, or none a newer one in the later — and the cursor's own reading follows it (`moved` false);
 * empty without a comparison.
 */
export function evComparison(cursor: EvCursor | null, intl: IntlShape): { sentence: string; moved: boolean } {
  if (!cursor?.compared) return { sentence: '', moved: false };
  const f = formatsOf(intl);
  const [earlier, later] = cursor.year < cursor.compared.year ? [cursor, cursor.compared] : [cursor.compared, cursor];
  const before = new Map(earlier.values.map((v) => [v.key, v]));
  const pairs = later.values.flatMap((v) => {
    const from = before.get(v.key);
    return from && from.fromMonth !== v.fromMonth ? [{ from, to: v }] : [];
  });
  const years = { from: earlier.year, to: later.year };
  if (pairs.length === 0) return { sentence: intl.formatMessage({ id: 'compare.ev.none' }, { ...years, reason: earlier.values.length ? 'unchanged' : 'noFigure' }), moved: false };
  const largest = pairs.sort((x, y) => y.to.units - x.to.units).slice(0, SUMMARY_VALUES);
  const values = joinList(
    largest.map(({ from, to }) =>
      intl.formatMessage({ id: 'compare.ev.value' }, { series: to.series, from: from.count, fromMonth: f.monthShort(from.fromMonth), to: to.count, toMonth: f.monthShort(to.fromMonth) }),
    ),
    intl,
  );
  return { sentence: intl.formatMessage({ id: 'compare.ev' }, { ...years, values }), moved: true };
}
