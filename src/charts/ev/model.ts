import { brandIds } from '../../data/catalogue';
import type { Brand, Dataset, EvLaunch, EvMilestone } from '../../data/schema';
import { parenthesesAsSpaces } from '../../data/parenthetical';
import type { IntlShape } from 'react-intl';
import { truncateToWidth } from '../../components/textWidth';
import { isDateConflict } from '../../data/dateConflict';
import { oncePer } from '../../lib/oncePer';
import type { YearRange } from '../../state/filters';
import { qualifiedCount } from '../../data/countWords';
import { formatUnits, monthIndex } from './format';
import { splitTableRow } from '../../data/quoteText';
import { formatsOf } from '../../i18n/format';
import { groupBy } from '../../lib/groupBy';

/** A span of calendar months, both ends included, as month indices (see `monthIndex`). */
export interface EvWindow {
  start: number;
  end: number;
}

/** Another record for the same series and mark, dated differently: the sources disagree on when it was reached. */
export interface EvDispute {
  index: number;
  date: string;
  source: string;
  quote: string | null;
}

/** One milestone as drawn: a dot on its series' line. */
export interface EvPoint {
  /** Position of the record in dataset.evMilestones, for the source panel. */
  index: number;
  date: string;
  month: number;
  /** Cumulative units since launch. */
  units: number;
  measure: EvMilestone['measure'];
  /** How the source bounds or rounds the count ("more than", "about", "almost"); null where it states it. */
  qualifier: EvMilestone['qualifier'] | null;
  source: string;
  quote: string | null;
  note: string | null;
  disputes: EvDispute[];
}

/** One drawn line: a series' milestones of one measure inside the window, in date order. */
export interface EvLine {
  /** Series id, with ":production" for a series' production milestones. */
  key: string;
  seriesId: string;
  /** The dataset's label, e.g. "Alliance (all brands)": used in tooltips and the table. */
  fullLabel: string;
  /** Direct label: "Alliance", "Nissan Leaf", "Renault Zoe production". */
  label: string;
  /** Direct label for narrow charts: "Leaf", "Zoe production". */
  shortLabel: string;
  brand: Brand | null;
  /** Alliance-wide or brand-wide totals (drawn thicker) rather than one model. */
  isTotal: boolean;
  /** What the series counts where its scope changes (from the dataset), or null. */
  scopeNote: string | null;
  measure: EvMilestone['measure'];
  /** Milestones inside the window, drawn as dots. */
  points: EvPoint[];
  /**
   * Units of the last milestone before the window, when the series also has one after its start: the line
   * enters the window at that level (a step line holds until the next milestone). Null otherwise.
   */
  carriedIn: number | null;
  /** How the source bounds the count carried in ("more than" …), null where it states it or nothing is carried. */
  carriedInQualifier: EvPoint['qualifier'];
  /** True when the series has a milestone after the window: the line runs on to the window's right edge. */
  continuesPast: boolean;
  /**
   * Months of the milestones just outside the window (the one carried in, the next one past it), or null:
   * whether a hold that crosses the window's edge is long depends on the data, not on where the window cuts it.
   */
  outsideMonths: { before: number | null; after: number | null };
}

/** A vertical marker: a model launch (brand-coloured) or a key Alliance event (grey). */
export interface EvMarker {
  key: string;
  recordKey: 'evLaunches' | 'events';
  index: number;
  date: string;
  month: number;
  /** Short label drawn above the chart. */
  label: string;
  /** Full text for the tooltip. */
  title: string;
  brand: Brand | null;
  source: string;
  quote: string | null;
  note: string | null;
}


/** The first and last month with an EV milestone or launch, or null if there is none. */
export function evDataExtent(dataset: Dataset): EvWindow | null {
  const months = [...dataset.evMilestones, ...dataset.evLaunches].map((r) => monthIndex(r.date));
  return months.length ? { start: Math.min(...months), end: Math.max(...months) } : null;
}

/** The months drawn: [January of `from`, December of `to`] intersected with the data's extent; null if disjoint. */
export function evWindow(dataset: Dataset, [from, to]: YearRange): EvWindow | null {
  const extent = evDataExtent(dataset);
  if (!extent) return null;
  const start = Math.max(extent.start, from * 12);
  const end = Math.min(extent.end, to * 12 + 11);
  return start <= end ? { start, end } : null;
}

const isInside = (month: number, months: EvWindow) => month >= months.start && month <= months.end;

/** Widest label drawn in the chart (series and launch labels), in px at LABEL_FONT: longer ones end in "…"; tooltips, accessible names and the table give them whole. */
export const MAX_DIRECT_LABEL = 150;
const LABEL_FONT = 12;

/** "Alliance (all brands)" → "Alliance"; "Renault Fluence Z.E. / SM3 Z.E." → "Renault Fluence Z.E.". */
export function directLabel(label: string): string {
  return parenthesesAsSpaces(label).split(' / ')[0]!.trim();
}

/** The direct label without its brand prefix: "Nissan Leaf" → "Leaf"; totals keep their name. */
export function shortLabel(label: string, brand: Brand | null): string {
  const direct = directLabel(label);
  const stripped = brand && direct.startsWith(`${brand} `) ? direct.slice(brand.length + 1) : direct;
  return stripped || direct;
}

type IndexedMilestone = { m: EvMilestone; index: number };

const lineKey = (m: EvMilestone) => `${m.series}|${m.measure}`;
const markKey = (m: EvMilestone) => `${m.series}|${m.measure}|${m.units}`;

/** The same mark dated in conflict (provenance's rule: a later "more than" bound agrees with an earlier exact date). */
function disputesOf(sameMark: readonly IndexedMilestone[], m: EvMilestone): EvDispute[] {
  return sameMark
    .filter(({ m: other }) => other !== m && isDateConflict(m, other))
    .map(({ m: other, index }) => ({ index, date: other.date, source: other.source, quote: other.quote ?? null }));
}

interface MilestoneIndex {
  byLine: Map<string, IndexedMilestone[]>;
  byMark: Map<string, IndexedMilestone[]>;
  /** Month index of each milestone, by its position in dataset.evMilestones. */
  monthOf: Int32Array;
}

// What depends on the dataset alone is built once per dataset object, not on every filter change
// (grouping and date parsing were ~50 ms of a brand toggle on the realistic 100× dataset).
const milestoneIndex = oncePer((dataset: Dataset): MilestoneIndex => {
  const indexed = dataset.evMilestones.map((m, index) => ({ m, index }));
  return {
    byLine: groupBy(indexed, ({ m }) => lineKey(m)),
    byMark: groupBy(indexed, ({ m }) => markKey(m)),
    monthOf: Int32Array.from(dataset.evMilestones, (m) => monthIndex(m.date)),
  };
});

/** The lines drawn: one per shown series and measure, with its milestones inside the window (no extrapolation); `intl` words production lines. */
export function evLines(dataset: Dataset, brands: readonly Brand[], months: EvWindow | null, intl: IntlShape): EvLine[] {
  if (!months) return [];
  const { byLine, byMark, monthOf } = milestoneIndex(dataset);
  const month = (index: number) => monthOf[index] ?? 0;
  const shown = dataset.evSeries.filter((s) => s.brand === null || brands.includes(s.brand));
  return shown.flatMap((series) =>
    (['sales', 'production'] as const).flatMap((measure): EvLine[] => {
      const all = byLine.get(`${series.id}|${measure}`) ?? [];
      const points = all
        .filter(({ index }) => isInside(month(index), months))
        .map(({ m, index }): EvPoint => ({
          index,
          date: m.date,
          month: month(index),
          units: m.units,
          measure,
          qualifier: m.qualifier ?? null,
          source: m.source,
          quote: m.quote ?? null,
          note: m.note ?? null,
          disputes: disputesOf(byMark.get(markKey(m)) ?? [], m),
        }))
        .sort((a, b) => a.month - b.month || a.units - b.units || a.index - b.index);
      const before = all.filter(({ index }) => month(index) < months.start);
      const after = all.map(({ index }) => month(index)).filter((m) => m > months.end);
      const continuesPast = after.length > 0;
      // Carried in only where the line is known to go on: to a dot in the window or past it (no extrapolation).
      const carried = before.length && (points.length || continuesPast) ? before.reduce((a, b) => (b.m.units > a.m.units ? b : a)).m : null;
      const carriedIn = carried?.units ?? null;
      if (points.length === 0 && carriedIn === null) return [];
      // Series names are the dataset's; a production line says so in the reader's language.
      const named = (series: string) => (measure === 'production' ? intl.formatMessage({ id: 'ev.line.production' }, { series }) : series);
      return [{
        key: measure === 'production' ? `${series.id}:production` : series.id,
        seriesId: series.id,
        fullLabel: series.label,
        label: named(directLabel(series.label)),
        shortLabel: truncateToWidth(named(shortLabel(series.label, series.brand)), MAX_DIRECT_LABEL, LABEL_FONT, true),
        brand: series.brand,
        isTotal: series.kind === 'total',
        scopeNote: series.scopeNote ?? null,
        measure,
        points,
        carriedIn,
        carriedInQualifier: carried?.qualifier ?? null,
        continuesPast,
        outsideMonths: {
          before: carriedIn === null ? null : Math.max(...before.map(({ index }) => month(index))),
          after: continuesPast ? Math.min(...after) : null,
        },
      }];
    }),
  );
}

/** A launch's short name, as on its marker: "i-MiEV", "Kangoo". */
const launchLabel = (launch: EvLaunch) => truncateToWidth(shortLabel(launch.model, launch.brand).split(' ')[0]!, MAX_DIRECT_LABEL, LABEL_FONT);

/**
 * The launch a line is counted from: its own model's, or its brand's first. None for the Alliance total: what it
 * counts changed as members joined (Renault and Nissan models, later Mitsubishi's too: the series' scope note), so
 * no one launch began it, and counting from the first of all (the i-MiEV) would credit sales it did not count.
 */
function launchOf(line: EvLine, launches: readonly EvLaunch[]): EvLaunch | undefined {
  if (line.isTotal && line.brand === null) return undefined;
  const candidates = line.isTotal ? launches.filter((l) => l.brand === line.brand) : launches.filter((l) => l.model === line.fullLabel);
  return [...candidates].sort((a, b) => monthIndex(a.date) - monthIndex(b.date))[0];
}

/** The markers drawn: launches of the selected brands and the key Alliance events inside the window, by date. */
export function evMarkers(dataset: Dataset, brands: readonly Brand[], months: EvWindow | null, intl: IntlShape): EvMarker[] {
  if (!months) return [];
  const launches = dataset.evLaunches.flatMap((l, index): EvMarker[] =>
    brands.includes(l.brand) && isInside(monthIndex(l.date), months)
      ? [{
          key: `launch-${index}`, recordKey: 'evLaunches', index, date: l.date, month: monthIndex(l.date),
          label: launchLabel(l), title: intl.formatMessage({ id: 'ev.launch.title' }, { model: l.model }), brand: l.brand,
          source: l.source, quote: l.quote ?? null, note: l.note ?? null,
        }]
      : [],
  );
  const events = dataset.events.flatMap((e, index): EvMarker[] => {
    // `events` spans the Alliance's whole history; those with an `evLabel` bear on its EV story.
    const label = e.evLabel;
    return label && isInside(monthIndex(e.date), months)
      ? [{
          key: `event-${index}`, recordKey: 'events', index, date: e.date, month: monthIndex(e.date),
          label, title: e.label, brand: null, source: e.source, quote: e.quote ?? null, note: e.note ?? null,
        }]
      : [];
  });
  return [...launches, ...events].sort((a, b) => a.month - b.month);
}

function topPoint(lines: readonly EvLine[]): { line: EvLine; point: EvPoint } | null {
  let best: { line: EvLine; point: EvPoint } | null = null;
  for (const line of lines) {
    if (line.measure !== 'sales') continue;
    for (const point of line.points) {
      if (!best || point.units > best.point.units || (point.units === best.point.units && point.month < best.point.month)) {
        best = { line, point };
      }
    }
  }
  return best;
}

/** A point's count for a sentence that picks its verb by the qualifier: "passed 273,550" (more than), "reached almost 450,000". */
function countValues(point: EvPoint, intl: IntlShape) {
  const units = formatUnits(point.units, intl);
  return { units, qualifier: point.qualifier ?? 'none', qualified: qualifiedCount(units, point.qualifier, intl) };
}

/** One or two sentences on the largest total and the leading model in view, e.g. "The Alliance reached 1 million EVs in December 2021. …". */
export function evSummary(lines: readonly EvLine[], markers: readonly EvMarker[], launches: readonly EvLaunch[], [from, to]: YearRange, intl: IntlShape): string {
  const f = formatsOf(intl);
  const years = f.yearSpan([from, to]);
  const top = topPoint(lines);
  if (!top) return intl.formatMessage({ id: markers.length ? 'ev.summary.onlyMarkers' : 'ev.summary.nothing' }, { years });
  const values = {
    series: top.line.label,
    alliance: top.line.brand === null ? 'yes' : 'no',
    ...countValues(top.point, intl),
    month: f.monthLong(top.point.month),
  };
  // Counted from the launch that began this line's sales, wherever it falls, not from whichever launch is in view.
  const launch = launchOf(top.line, launches);
  const monthsAfter = launch ? top.point.month - monthIndex(launch.date) : 0;
  // "21 months" under two years, whole years from then on ("12 years"): never rounds 21 months down to "1 year".
  const first =
    launch && monthsAfter >= 12
      ? intl.formatMessage({ id: 'ev.summary.topAfterLaunch' }, {
          ...values,
          launch: launchLabel(launch),
          unit: monthsAfter < 24 ? 'months' : 'years',
          elapsed: monthsAfter < 24 ? monthsAfter : Math.floor(monthsAfter / 12),
        })
      : intl.formatMessage({ id: 'ev.summary.top' }, values);
  const model = topPoint(lines.filter((l) => !l.isTotal));
  if (!model || model.line === top.line) return first;
  const second = intl.formatMessage({ id: 'ev.summary.model' }, { model: model.line.label, ...countValues(model.point, intl), month: f.monthLong(model.point.month) });
  return intl.formatMessage({ id: 'ev.summary.both' }, { first, second });
}

/** Holds longer than this (months between reported levels) are drawn dotted: the source says nothing in between. */
const LONG_HOLD_MONTHS = 12;

/**
 * Whether a line holding level from one reported milestone month to the next is a long hold: more than a year
 * with no figure. The one rule behind the dotted stretches (layout) and the footnote that explains them.
 */
export function isLongHold(fromMonth: number, toMonth: number): boolean {
  return toMonth - fromMonth > LONG_HOLD_MONTHS;
}

/**
 * True when a drawn line holds level for a long hold (`isLongHold`) between two reported milestones,
 * counting milestones outside the window, where some of that hold is visible inside it.
 */
export function hasLongHold(line: EvLine, window: EvWindow): boolean {
  const { before, after } = line.outsideMonths;
  const vertices = [
    ...(before === null ? [] : [{ shown: window.start, month: before }]),
    ...line.points.map((p) => ({ shown: p.month, month: p.month })),
    ...(after === null ? [] : [{ shown: window.end, month: after }]),
  ];
  return vertices.some((v, i) => i > 0 && isLongHold(vertices[i - 1]!.month, v.month) && v.shown > vertices[i - 1]!.shown);
}

/** Notes under the chart, computed from what is drawn: disputed dates, undated table rows, production marks, long holds. */
export function evFootnotes(lines: readonly EvLine[], window: EvWindow | null, intl: IntlShape): string[] {
  const f = formatsOf(intl);
  const notes: string[] = [];
  const points = lines.flatMap((line) => line.points.map((point) => ({ line, point })));
  const disputed = points.filter(({ point }) => point.disputes.length > 0 && point.disputes.every((d) => d.date > point.date));
  for (const { line, point } of disputed) {
    // Each date once: two sources agreeing on the later date are one position drawn, not two.
    const stated = [...new Set([point.date, ...point.disputes.map((d) => d.date)])];
    const dates = f.list(stated.map((d) => f.monthLong(monthIndex(d))), 'or');
    const alliance = line.brand === null ? 'yes' : 'no';
    notes.push(intl.formatMessage({ id: 'ev.footnote.disputed' }, { series: line.label, alliance, units: formatUnits(point.units, intl), dates, count: stated.length }));
  }
  const undated = [...new Set(points.filter(({ point }) => point.quote && splitTableRow(point.quote)?.length === 1).map(({ point }) => point.month))];
  if (undated.length) {
    notes.push(intl.formatMessage({ id: 'ev.footnote.undated' }, { months: f.list(undated.map(f.monthLong)) }));
  }
  // The scope note is the dataset's own words (in the page's language: useLocalisedDataset).
  notes.push(...new Set(lines.flatMap((l) => (l.scopeNote ? [intl.formatMessage({ id: 'ev.footnote.scope' }, { series: l.label, note: l.scopeNote })] : []))));
  if (lines.some((l) => l.measure === 'production')) notes.push(intl.formatMessage({ id: 'ev.footnote.production' }));
  if (window && lines.some((line) => hasLongHold(line, window))) {
    notes.push(intl.formatMessage({ id: 'ev.footnote.longHold' }));
  }
  return notes;
}

/** The ids of the sources behind the drawn milestones and markers, in first-use order. */
export function evSourceIds(lines: readonly EvLine[], markers: readonly EvMarker[]): string[] {
  return [...new Set([...lines.flatMap((l) => l.points.map((p) => p.source)), ...markers.map((m) => m.source)])];
}

/** The brands that have EV series, in filter order, for the legend. */
export function evBrands(dataset: Dataset): Brand[] {
  return brandIds(dataset).filter((brand) => dataset.evSeries.some((s) => s.brand === brand));
}
