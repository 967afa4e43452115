import type { IntlShape } from 'react-intl';
import { addEnglish } from '../../i18n/messages';
import { salesManyEn } from '../../i18n/messages/salesMany/en';
import { formatsOf } from '../../i18n/format';
import { keepRanked } from '../../lib/keepRanked';
import type { Brand } from '../../data/schema';
import type { SalesLayout } from '../../state/filters';
import { MOST_BRANDS_DRAWN, type SalesYear } from './model';

// Its words come with it (EnglishLater): only a selection of many brands needs them.
addEnglish({ salesMany: salesManyEn });

/** What the chart draws of a selection: the years with only the drawn brands' cells, and those brands. */
export interface DrawnPart {
  years: readonly SalesYear[];
  brands: readonly Brand[];
  /** Selected brands with a figure in the years shown that have no bar of their own. */
  folded: number;
}

/**
 * Of more selected brands than MOST_BRANDS_DRAWN with figures, the ones that sold the most in the years shown,
 * each with a bar of its own; the others' figures leave the rows, so a stacked bar's grey rest holds them (the
 * total is the published one). Thousands of bars would be unreadable slivers, and Recharts takes ~0.25 ms for
 * each: 100 brands over 200 years blocked the page for 5 s a toggle. Null: nothing to fold.
 */
export function drawnPart(years: readonly SalesYear[], brands: readonly Brand[], most = MOST_BRANDS_DRAWN): DrawnPart | null {
  const units = new Map<Brand, number>();
  for (const y of years) for (const c of y.cells) if (c.units !== null) units.set(c.brand, (units.get(c.brand) ?? 0) + c.units);
  if (units.size <= most) return null;
  const kept = keepRanked(brands, most, (a, b) => (units.get(b) ?? -1) - (units.get(a) ?? -1));
  const keep = new Set(kept);
  return {
    years: years.map((y) => ({ ...y, cells: y.cells.filter((c) => keep.has(c.brand)) })),
    brands: kept,
    folded: [...units.keys()].filter((brand) => !keep.has(brand)).length,
  };
}

/** The footnote that says which brands have bars and where the others are. */
export function manyBrandsNote(part: DrawnPart, years: readonly SalesYear[], layout: SalesLayout, intl: IntlShape): string {
  const span = formatsOf(intl).yearSpan([years[0]?.year ?? 0, years[years.length - 1]?.year ?? 0]);
  const drawn = part.brands.length;
  return intl.formatMessage({ id: 'salesMany.note' }, { count: drawn + part.folded, drawn, rest: part.folded, years: span, layout });
}

/** The legend's name for a stacked bar's grey rest when it holds brands without bars of their own. */
export const othersLabel = (intl: IntlShape): string => intl.formatMessage({ id: 'salesMany.others' });
