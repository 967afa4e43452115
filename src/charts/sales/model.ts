import { scaleLinear } from 'd3-scale';
import { brandIds, includedIn, inclusionOf, type Inclusion } from '../../data/catalogue';
import type { Brand, Dataset } from '../../data/schema';
import type { SalesLayout, SalesMode, YearRange } from '../../state/filters';
import type { IntlShape } from 'react-intl';
import { formatsOf } from '../../i18n/format';
import { saleIndex, saleUnits } from './saleIndex';

/** The part of the filter this view answers to. */
export interface SalesFilter {
  yearRange: YearRange;
  brands: readonly Brand[];
}

/** One brand's figure for one year. */
export interface SalesCell {
  brand: Brand;
  /** Units sold; null where the source gives no figure (a gap, never a zero). */
  units: number | null;
  /**
   * The part of `units` that is this brand's own: without the brands its figure includes that year
   * ("Dacia in Renault"), so stacked parts add up to the total once. Null where units is.
   */
  ownUnits: number | null;
  /** Brands with a figure this year that `units` includes, in dataset order. */
  includes: Brand[];
  /** The brand whose figure includes this one this year (and whether a source says so), or null. */
  inside: Inclusion | null;
  /** The brand's place in the dataset's brand list, which orders every list of brands. */
  order: number;
  /** Percent of that year's Alliance total, unrounded; null where units is. */
  share: number | null;
  /** Index of the record in dataset.sales, for the source panel. */
  index: number;
  source: string;
  /** Why the figure is missing or how it was placed, from the record. */
  note: string | null;
}

/** One year drawn: the Alliance total and the selected brands' figures. */
export interface SalesYear {
  year: number;
  /** From salesTotals: all brands, whatever the filter, never re-summed. */
  totalUnits: number;
  /** Index of the total in dataset.salesTotals. */
  totalIndex: number;
  totalSource: string;
  /** Selected brands that have a record this year, in dataset order. */
  cells: SalesCell[];
  /** Units of the selected brands drawn without bars of their own this year (drawnPart), where there are such. */
  foldedUnits?: number;
}

/** A Recharts row: the year's total and each brand's drawn value (units or percent). */
export interface SalesChartRow {
  year: number;
  totalUnits: number;
  /** Where the total mark sits, in the measure drawn: units, or 100 (%). */
  totalValue: number;
  /**
   * Each selected brand's drawn value, none where there is no figure. A Map, not keys of the row: a brand's
   * id is data, and one called "year", "others" or "__proto__" would overwrite the row or be dropped.
   */
  values: ReadonlyMap<Brand, number>;
  /** The part of the total from brands switched off in the filter (drawn grey on top of a stack), when above zero. */
  others?: number;
}

/** The value axis: a nice domain from 0 and its ticks, in the measure drawn. */
export interface SalesAxis {
  domain: [number, number];
  ticks: number[];
}

/** The reference target drawn as a dashed line, with its record for the source panel. */
export interface SalesTarget {
  year: number;
  units: number;
  label: string;
  /** The year the target was set, where the source says. */
  setIn: number | null;
  /** Whether `year` is a fiscal year (FY2022). */
  isFiscalYear: boolean;
  /** The drawn year the line starts at (targetFromYear); null: the plot's left edge. */
  fromYear: number | null;
  index: number;
  source: string;
}

/**
 * The drawn year the target line starts at: the year the target was set, or the first drawn year after it.
 * Null starts it at the plot's edge (set before the years drawn, or no year given). A line over every year
 * would say the 2022 target, set in 2017, already held in 2011. One set after the years drawn keeps the last.
 */
export function targetFromYear(setIn: number | null, years: readonly number[]): number | null {
  const first = years[0];
  if (setIn === null || first === undefined || setIn <= first) return null;
  return years.find((y) => y >= setIn) ?? years[years.length - 1] ?? null;
}

/** First and last year of the sales table (the years salesTotals covers); null if it is empty. */
export function salesTableSpan(dataset: Dataset): YearRange | null {
  const years = dataset.salesTotals.map((t) => t.year);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/** The filter's year range clipped to the sales table; null when they do not meet. */
export function salesYearsShown(dataset: Dataset, yearRange: YearRange): YearRange | null {
  const span = salesTableSpan(dataset);
  if (!span) return null;
  const from = Math.max(span[0], yearRange[0]);
  const to = Math.min(span[1], yearRange[1]);
  return from <= to ? [from, to] : null;
}

/** Each year in the clipped range, with the Alliance total and the selected brands' figures and shares. */
export function salesYears(dataset: Dataset, filter: SalesFilter): SalesYear[] {
  const shown = salesYearsShown(dataset, filter.yearRange);
  if (!shown) return [];
  return dataset.salesTotals
    .map((total, totalIndex) => ({ total, totalIndex }))
    .filter(({ total }) => total.year >= shown[0] && total.year <= shown[1])
    .sort((a, b) => a.total.year - b.total.year)
    .map(({ total, totalIndex }) => ({
      year: total.year,
      totalUnits: total.units,
      totalIndex,
      totalSource: total.source,
      cells: brandIds(dataset).flatMap((brand, order) => {
        if (!filter.brands.includes(brand)) return [];
        const index = saleIndex(dataset.sales, brand, total.year);
        const sale = dataset.sales[index];
        if (!sale) return [];
        // Share of the published total, so filtered-out brands still count in the denominator.
        const share = sale.units === null || total.units === 0 ? null : (sale.units / total.units) * 100;
        const includes = includedIn(dataset.brands, brand, total.year).flatMap(({ inner }) => (saleUnits(dataset.sales, inner, total.year) === null ? [] : [inner]));
        const ownUnits = sale.units === null ? null : sale.units - includes.reduce((sum, inner) => sum + (saleUnits(dataset.sales, inner, total.year) ?? 0), 0);
        const inside = inclusionOf(dataset.brands, brand, total.year);
        return [{ brand, units: sale.units, ownUnits, includes, inside, order, share, index, source: sale.source, note: sale.note ?? null }];
      }),
    }));
}

/** Brands switched off in the filter that have a figure in one of the years shown. */
export function hiddenBrandsWithFigures(dataset: Dataset, filter: SalesFilter): Brand[] {
  const shown = salesYearsShown(dataset, filter.yearRange);
  if (!shown) return [];
  // One pass over the records, not one per hidden brand: 14 ms a filter change at the schema's caps.
  const withFigures = new Set(dataset.sales.flatMap((s) => (s.units !== null && s.year >= shown[0] && s.year <= shown[1] ? [s.brand] : [])));
  return brandIds(dataset).filter((brand) => !filter.brands.includes(brand) && withFigures.has(brand));
}

/**
 * The rows Recharts draws: per year, each brand's units or share, and where the total mark goes. Stacked
 * bars draw each brand's own part (a brand inside another is a part of that one's bar, not on top of it);
 * grouped bars draw the published figures.
 */
export function salesChartRows(years: readonly SalesYear[], mode: SalesMode, layout: SalesLayout = 'stacked'): SalesChartRow[] {
  return years.map((y) => {
    const values = new Map<Brand, number>();
    const row: SalesChartRow = { year: y.year, totalUnits: y.totalUnits, totalValue: mode === 'units' ? y.totalUnits : 100, values };
    let shown = 0;
    for (const cell of y.cells) {
      const units = layout === 'stacked' ? cell.ownUnits : cell.units;
      const value = units === null ? null : mode === 'units' ? units : y.totalUnits === 0 ? null : (units / y.totalUnits) * 100;
      if (value !== null) values.set(cell.brand, value);
      shown += value ?? 0;
    }
    // Totals add up exactly (data:verify checks it), so what is left is the brands switched off.
    const others = row.totalValue - shown;
    if (others > row.totalValue * 1e-9) row.others = others;
    return row;
  });
}

/** Domain and ticks for the value axis, from 0 to a nice round number over the total (stacked) or tallest bar (grouped), and the target. */
export function salesValueAxis(rows: readonly SalesChartRow[], mode: SalesMode, layout: SalesLayout, targetUnits: number | null = null): SalesAxis {
  const marks = rows.map((r) => (layout === 'stacked' ? r.totalValue : Math.max(0, ...r.values.values())));
  const max = Math.max(0, ...marks, mode === 'units' && targetUnits !== null ? targetUnits : 0);
  const scale = scaleLinear().domain([0, max > 0 ? max : mode === 'share' ? 100 : 1]).nice(5);
  const [low, high] = scale.domain() as [number, number];
  return { domain: [low, high], ticks: scale.ticks(5) };
}

/**
 * The first annual vehicle-sales target whose year lies in the filter's range, drawn only for stacked
 * units (where it compares to the total). Targets of other measures belong to other views. `drawnYears`: the
 * years the chart draws, where the line starts (targetFromYear).
 */
export function salesTarget(dataset: Dataset, yearRange: YearRange, mode: SalesMode, layout: SalesLayout, drawnYears: readonly number[]): SalesTarget | null {
  if (mode !== 'units' || layout !== 'stacked') return null;
  const index = dataset.targets.findIndex((t) =>
    t.measure === 'sales' && t.unit === 'vehicles' && t.period === 'year' && t.year >= yearRange[0] && t.year <= yearRange[1]);
  const target = dataset.targets[index];
  if (!target) return null;
  const setIn = target.setIn ?? null;
  return { year: target.year, isFiscalYear: target.isFiscalYear === true, units: target.amount, label: target.label, setIn, fromYear: targetFromYear(setIn, drawnYears), index, source: target.source };
}

type Figure = SalesCell & { units: number; share: number };
const hasFigure = (c: SalesCell): c is Figure => c.units !== null && c.share !== null;
const topSeller = (cells: readonly Figure[]): Figure | undefined => cells.reduce<Figure | undefined>((best, c) => (!best || c.units > best.units ? c : best), undefined);

/** The one brand with figures: its share at both ends, naming the years when they are not the summary's own. */
function oneBrandPhrase(figures: readonly { year: number; figure: Figure }[], span: readonly [number, number], intl: IntlShape): string | null {
  const first = figures[0];
  const last = figures[figures.length - 1];
  // Stryker disable next-line LogicalOperator: called only with the figures of one brand, never none, so first and last are both set or both not
  if (!first || !last) return null;
  const f = formatsOf(intl);
  const { brand } = first.figure;
  const hasOwnYears = first.year !== span[0] || last.year !== span[1];
  if (first === last) {
    const values = { brand, units: f.compact(first.figure.units), share: f.computedPercent(first.figure.share), year: first.year };
    return intl.formatMessage({ id: hasOwnYears ? 'sales.leader.oneFigureIn' : 'sales.leader.oneFigure' }, values);
  }
  const from = f.computedPercent(first.figure.share);
  const to = f.computedPercent(last.figure.share);
  return hasOwnYears
    ? intl.formatMessage({ id: 'sales.leader.shareChangeIn' }, { brand, from, to, fromYear: first.year, toYear: last.year })
    : intl.formatMessage({ id: 'sales.leader.shareChange' }, { brand, from, to });
}

function leaderPhrase(years: readonly SalesYear[], isFiltered: boolean, intl: IntlShape): string | null {
  const perYear = years.map((y) => ({ year: y.year, cells: y.cells.filter(hasFigure) })).filter((y) => y.cells.length > 0);
  if (new Set(perYear.flatMap((y) => y.cells.map((c) => c.brand))).size === 1) {
    const figures = perYear.flatMap((y) => y.cells.map((figure) => ({ year: y.year, figure })));
    // Stryker disable next-line OptionalChaining: one brand has figures here, so the years are not empty
    return oneBrandPhrase(figures, [years[0]?.year ?? 0, years[years.length - 1]?.year ?? 0], intl);
  }
  // Stryker disable next-line ArrayDeclaration: each year left in perYear has a figure, so topSeller always finds one
  const leaders = perYear.flatMap((y) => topSeller(y.cells) ?? []);
  const counts = new Map<Brand, number>();
  for (const l of leaders) counts.set(l.brand, (counts.get(l.brand) ?? 0) + 1);
  const [top, n] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [];
  // Stryker disable next-line LogicalOperator: top and n come from the same entry, both set or both not
  if (!top || !n) return null;
  const filtered = isFiltered ? 'yes' : 'no';
  const only = leaders.length === 1 ? leaders[0] : undefined;
  if (only) {
    const f = formatsOf(intl);
    return intl.formatMessage({ id: 'sales.leader.single' }, { filtered, brand: only.brand, units: f.compact(only.units), share: f.computedPercent(only.share) });
  }
  return n === leaders.length
    ? intl.formatMessage({ id: 'sales.leader.everyYear' }, { filtered, brand: top })
    : intl.formatMessage({ id: 'sales.leader.someYears' }, { filtered, brand: top, n, total: leaders.length });
}

/** One sentence on the years shown, in the language of `intl`: how the Alliance total moved and which selected brand sold the most. */
export function salesSummary(years: readonly SalesYear[], isFiltered: boolean, intl: IntlShape): string {
  const first = years[0];
  const last = years[years.length - 1];
  // Stryker disable next-line LogicalOperator: first and last are both set or both not
  if (!first || !last) return intl.formatMessage({ id: 'sales.summary.none' });
  const f = formatsOf(intl);
  const span = f.yearSpan([first.year, last.year]);
  const from = f.compact(first.totalUnits);
  const to = f.compact(last.totalUnits);
  const direction = last.totalUnits > first.totalUnits ? 'up' : last.totalUnits < first.totalUnits ? 'down' : 'steady';
  const trend =
    first === last
      ? intl.formatMessage({ id: 'sales.trend.oneYear' }, { units: from })
      : intl.formatMessage({ id: 'sales.trend.change' }, { direction, from, to });
  const leader = leaderPhrase(years, isFiltered, intl);
  return leader
    ? intl.formatMessage({ id: 'sales.summary' }, { years: span, trend, leader })
    : intl.formatMessage({ id: 'sales.summary.noLeader' }, { years: span, trend });
}

/**
 * Footnotes: how many brands have bars when others are folded into the grey rest (`part`, drawnPart), why a brand has
 * no bar in a year (from each record's note), and what the totals include. `years`: the years as drawn, so that only
 * brands with bars are named.
 */
export function salesFootnotes(
  years: readonly SalesYear[],
  hiddenBrands: readonly Brand[],
  mode: SalesMode,
  layout: SalesLayout,
  intl: IntlShape,
  { drawn: drawnCount, folded }: { drawn: number; folded: number } = { drawn: 0, folded: 0 },
): string[] {
  const f = formatsOf(intl);
  const gaps: { brand: Brand; order: number; from: number; to: number; note: string }[] = [];
  const inclusions: { brand: Brand; order: number; inner: Brand; from: number; to: number }[] = [];
  const extend = <T extends { from: number; to: number }>(list: T[], match: (entry: T) => boolean, year: number, entry: T) => {
    const open = list.find((e) => match(e) && e.to === year - 1);
    if (open) open.to = year;
    else list.push(entry);
  };
  for (const y of years) {
    for (const cell of y.cells) {
      if (cell.units === null) {
        const note = cell.note ?? intl.formatMessage({ id: 'sales.footnote.noFigure' });
        extend(gaps, (g) => g.brand === cell.brand && g.note === note, y.year, { brand: cell.brand, order: cell.order, from: y.year, to: y.year, note });
      }
      for (const inner of cell.includes) {
        extend(inclusions, (g) => g.brand === cell.brand && g.inner === inner, y.year, { brand: cell.brand, order: cell.order, inner, from: y.year, to: y.year });
      }
    }
  }
  // First: it says what the bars are (the card shows only its first few notes until asked for all).
  const notes = folded && years.length ? [intl.formatMessage({ id: 'sales.footnote.rest' }, { count: folded + drawnCount, drawn: drawnCount, rest: folded, years: f.yearSpan([years[0]!.year, years[years.length - 1]!.year]), layout, hidden: hiddenBrands.length > 0 ? 'yes' : 'no' })] : [];
  notes.push(...gaps
    .sort((x, y) => x.order - y.order || x.from - y.from)
    .map((g) => intl.formatMessage({ id: 'sales.footnote.gap' }, { brand: g.brand, years: f.yearSpan([g.from, g.to]), note: g.note })));
  // A brand inside another is part of that one's published figure: stacked, it is drawn as a part of the bar.
  for (const i of inclusions.sort((x, y) => x.order - y.order || x.from - y.from)) {
    notes.push(intl.formatMessage({ id: 'sales.footnote.includes' }, { brand: i.brand, inner: i.inner, years: f.yearSpan([i.from, i.to]), layout }));
  }
  if (hiddenBrands.length > 0 && years.length > 0) {
    // Stacked bars carry the switched-off brands as a grey part; grouped bars leave them out.
    // With brands folded into it too (drawnPart), the grey part is not the switched-off brands alone: the rest note says what it is.
    const drawn = layout === 'stacked' ? (folded ? 'folded' : mode === 'share' ? 'stackedShare' : 'stacked') : mode === 'share' ? 'groupedShare' : 'grouped';
    notes.push(intl.formatMessage({ id: 'sales.footnote.hidden' }, { hidden: f.list(hiddenBrands), drawn }));
  }
  return notes;
}

/** Why nothing is drawn, or null when something is: no brand, no year in the table, or no figure for the brands chosen. */
export function salesEmptyMessage(dataset: Dataset, filter: SalesFilter, years: readonly SalesYear[], intl: IntlShape): string | null {
  const f = formatsOf(intl);
  const span = salesTableSpan(dataset);
  if (filter.brands.length === 0) return intl.formatMessage({ id: 'sales.empty.noBrand' });
  if (years.length === 0) {
    const shown = f.yearSpan(filter.yearRange);
    return span
      ? intl.formatMessage({ id: 'sales.empty.noYears' }, { years: shown, table: f.yearSpan(span) })
      : intl.formatMessage({ id: 'sales.empty.noTable' }, { years: shown });
  }
  if (years.every((y) => y.cells.every((c) => c.units === null))) {
    // Stryker disable next-line OptionalChaining: the years are not empty here (checked above)
    const first = years[0]?.year ?? 0;
    // Stryker disable next-line OptionalChaining: the years are not empty here (checked above)
    const last = years[years.length - 1]?.year ?? first;
    // The footnotes are hidden on an empty card, so the reason (the record's note) goes into the message itself.
    const why = years.flatMap((y) => y.cells.map((c) => c.note)).find((note) => note);
    const values = { brands: f.list(filter.brands), count: filter.brands.length, years: f.yearSpan([first, last]) };
    return why ? intl.formatMessage({ id: 'sales.empty.noFiguresWhy' }, { ...values, why }) : intl.formatMessage({ id: 'sales.empty.noFigures' }, values);
  }
  return null;
}

