import type { IntlShape } from 'react-intl';
import { addEnglish } from '../../i18n/messages';
import { compareEn } from '../../i18n/messages/compare/en';
import { brandIds, includedIn, inclusionOf, type Inclusion } from '../../data/catalogue';
import type { Brand, Dataset } from '../../data/schema';
import { formatsOf } from '../../i18n/format';
import { joinList } from '../../i18n/joinList';
import type { YearSpan } from '../../state/time';
import type { LegendItem } from '../../components/chartTypes';
import type { Theme } from '../../theme/tokens';
import type { SalesYear } from './model';
import { saleUnits } from './saleIndex';
import { COMPARED_DASH } from './YearFrame';

// Its words come with it (EnglishLater): the first script carries none of them.
addEnglish({ compare: compareEn });

type Basis = Pick<Dataset, 'brands' | 'sales'>;

/**
 * "+31.1%", "−4.0%", "±0.0%": a change in percent with its sign, to one decimal, as the language writes a
 * percentage. From a figure of 0 a percentage is of nothing ("+∞%", "±NaN%"), so the change is in units ("+5.65M").
 */
function signedChange(from: number, to: number, intl: IntlShape): string {
  const f = formatsOf(intl);
  const change = to - from;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${from === 0 ? f.compactTotal(Math.abs(change)) : f.computedPercent((Math.abs(change) / from) * 100)}`;
}

/** How a year's figure holds a brand: as a source says, as read off the figures (`inferred`), or not at all (null). */
type Held = 'stated' | 'inferred' | null;

/** How a brand's units are in `year`'s published total: a figure of its own, or inside another brand's figure. */
function counted(dataset: Basis, brand: Brand, year: number): Held {
  const figure = (b: Brand) => saleUnits(dataset.sales, b, year) !== null;
  if (figure(brand)) return 'stated';
  const inclusion = inclusionOf(dataset.brands, brand, year);
  return inclusion && figure(inclusion.parent) ? heldBy(inclusion) : null;
}

/** How an inclusion holds its brand: as a source says, or as read off the figures. */
const heldBy = (inclusion: Inclusion | undefined): Held => (inclusion ? (inclusion.inferred ? 'inferred' : 'stated') : null);

/**
 * One note per compared year for the brands it has and the other lacks (`has(brand, year)`), worded by `id`
 * ("Mitsubishi counted in 2017 only", "2018 includes AvtoVAZ, inferred"), joined as the language joins such items;
 * '' when the two years have the same: a figure that rose because a brand joined it did not rise like for like.
 */
function basisNotes(brands: readonly Brand[], has: (brand: Brand, year: number) => Held, id: 'compare.sales.onlyIn' | 'compare.sales.includes', [from, to]: YearSpan, intl: IntlShape): string {
  const f = formatsOf(intl);
  const notes = ([[from, to], [to, from]] as const).flatMap(([year, other]) => {
    const missingInOther = brands.filter((brand) => has(brand, other) === null);
    // Stated first, then what is only inferred, each said as such.
    return (['stated', 'inferred'] as const).flatMap((held) => {
      const these = missingInOther.filter((brand) => has(brand, year) === held);
      return these.length ? [intl.formatMessage({ id }, { year: f.year(year), brands: f.list(these), inferred: held === 'inferred' ? 'yes' : 'no' })] : [];
    });
  });
  return joinList(notes, intl);
}

/**
 * "Renault 2.55M → 3.76M (+47.5%; 2017 includes AvtoVAZ)": two figures, their change and what differs in their
 * basis. Written as the chart's total labels write them ("8.10M"), so the sentence and the bars agree.
 */
function figures(name: string, from: number, to: number, basis: string, intl: IntlShape): string {
  const f = formatsOf(intl);
  const values = { name, from: f.compactTotal(from), to: f.compactTotal(to), change: signedChange(from, to, intl), basis };
  return intl.formatMessage({ id: basis ? 'compare.sales.figuresOn' : 'compare.sales.figures' }, values);
}

/**
 * The sales chart's answer to two compared years (`span`, earlier first), from the years as drawn: the Alliance
 * total and each brand with bars in both, the other brands together (drawnPart), with the change — or why a brand
 * has no pair (no figure that year, or counted in another brand's). Each change says where the two figures do not
 * count the same brands. '' when the chart does not show both years.
 */
export function salesComparison(dataset: Basis, years: readonly SalesYear[], span: YearSpan | null, intl: IntlShape): string {
  const earlier = span && years.find((y) => y.year === span[0]);
  const later = span && years.find((y) => y.year === span[1]);
  if (!span || !earlier || !later) return '';
  const f = formatsOf(intl);
  const totalBasis = basisNotes(brandIds(dataset), (brand, year) => counted(dataset, brand, year), 'compare.sales.onlyIn', span, intl);
  const items = [figures(intl.formatMessage({ id: 'compare.sales.total' }), earlier.totalUnits, later.totalUnits, totalBasis, intl)];
  // A brand with no record in a year has no figure there, as one whose record gives none.
  const none = { units: null, inside: null };
  const shown = brandIds(dataset).filter((brand) => [earlier, later].some((y) => y.cells.some((c) => c.brand === brand)));
  for (const brand of shown) {
    const pair = [earlier, later].map((y) => ({ year: f.year(y.year), cell: y.cells.find((c) => c.brand === brand) ?? none }));
    const [before, after] = pair.map((p) => p.cell.units);
    if (before != null && after != null) {
      const inside = (inner: Brand, year: number) => heldBy(includedIn(dataset.brands, brand, year).find((inc) => inc.inner === inner));
      items.push(figures(brand, before, after, basisNotes(brandIds(dataset), inside, 'compare.sales.includes', span, intl), intl));
      continue;
    }
    // Without a pair of figures, why, year by year: inside another brand's figure (saying which years are only
    // inferred), or none given.
    const missing = pair.flatMap(({ year, cell }) => (cell.units === null ? [{ year, inside: cell.inside }] : []));
    for (const parent of new Set(missing.map((m) => m.inside?.parent ?? null))) {
      const these = missing.filter((m) => (m.inside?.parent ?? null) === parent);
      const years = these.map((m) => m.year);
      const inferredYears = these.filter((m) => m.inside?.inferred).map((m) => m.year);
      const inferred = inferredYears.length === 0 ? 'none' : inferredYears.length === years.length ? 'all' : 'some';
      items.push(
        parent
          ? intl.formatMessage({ id: 'compare.sales.inside' }, { brand, parent, years: f.list(years), inferred, inferredYears: f.list(inferredYears) })
          : intl.formatMessage({ id: 'compare.sales.noFigure' }, { brand, years: f.list(years, 'or') }),
      );
    }
  }
  // The brands without bars of their own (drawnPart) as one figure, as the chart draws them: 100 brands had made
  // a sentence of 100 pairs.
  if (earlier.foldedUnits !== undefined && later.foldedUnits !== undefined) {
    items.push(figures(intl.formatMessage({ id: 'sales.legend.rest' }), earlier.foldedUnits, later.foldedUnits, '', intl));
  }
  return intl.formatMessage({ id: 'compare.sales' }, { from: span[0], to: span[1], items: joinList(items, intl) });
}

/**
 * The legend's key to the two years' frames while both are drawn ("2012 (as of)", "2017 (compared)"): an exported
 * image or an embedded chart shows them without the timeline or the summary that name them.
 */
export function salesCompareKey(years: readonly SalesYear[], at: number, vs: number | null, theme: Theme, intl: IntlShape): LegendItem[] {
  const f = formatsOf(intl);
  const drawn = (year: number) => years.some((y) => y.year === year);
  if (vs === null || !drawn(vs)) return [];
  return [
    ...(drawn(at) ? [{ key: 'at', label: intl.formatMessage({ id: 'compare.sales.keyAt' }, { year: f.year(at) }), color: theme.text, symbol: 'outline' as const }] : []),
    { key: 'vs', label: intl.formatMessage({ id: 'compare.sales.keyVs' }, { year: f.year(vs) }), color: theme.text, symbol: 'outline', dash: COMPARED_DASH },
  ];
}
