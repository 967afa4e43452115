import type { IntlShape } from 'react-intl';
import { shortCity } from './shortCity';
import { percentWords } from './stakeWords';
import { targetYearValues } from './targetYear';
import { capacityWords } from './capacityWords';
import { qualifiedCount } from './countWords';
import { isDateConflict } from './dateConflict';
import { heldYears } from './heldYears';
import { indexById } from './indexById';
import { ownValue } from './ownValue';
import { withoutFinalParenthesis } from './parenthetical';
import { RECORD_KEYS } from './recordKeys';
import type { Dataset, RecordKey } from './schema';
import { formatsFor, isoDay, formatsOf } from '../i18n/format';
import { joinList } from '../i18n/joinList';
import { addEnglish } from '../i18n/messages';
import { panelEn } from '../i18n/messages/panel/en';
import type { Locale } from '../i18n/locales';

// The source panel's words come with its code (EnglishLater): this module and the panel's, out of the first script.
addEnglish({ panel: panelEn });

/** A dataset record by collection and index, e.g. sales[12] (same shape as the source panel's RecordRef). */
export interface RecordRef {
  key: RecordKey;
  index: number;
}

/** Any record that carries provenance. */
export type ProvenancedRecord = Dataset[RecordKey][number];

/** A record described for people: the full line, its value part, and the numbers its quote should state. */
export interface RecordDescription {
  /** e.g. "Nissan sales, 2017 — 5,816,278 units". */
  label: string;
  /** The value part of the label, e.g. "5,816,278 units". */
  value: string;
  /** Plain decimal strings ("5816278", "43.4") to highlight in the quote. */
  numbers: string[];
}

/** One piece of a quote: matched text is a number the record states. */
export interface QuoteSegment {
  text: string;
  isMatch: boolean;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/** The record a reference points at, or undefined when it points past the collection. */
export function recordAt(dataset: Dataset, ref: RecordRef): ProvenancedRecord | undefined {
  const records: readonly ProvenancedRecord[] = dataset[ref.key];
  return records[ref.index];
}

/**
 * A source's date as shown: "2023-12-06" → "6 Dec 2023" · "6 déc. 2023" · "2023年12月6日"; a month or a year as
 * every dataset date is shown (Formats.isoDate); anything else unchanged.
 */
export function formatSourceDate(date: string, locale: Locale): string {
  const formats = formatsFor(locale);
  const day = isoDay(date);
  return day ? formats.dayShort(day.month, day.day) : formats.isoDate(date);
}

/** "Nissan (brand total)" → "Nissan": the series label without its parenthesis. */
const shortSeriesLabel = withoutFinalParenthesis;

/** "2017-10" → "Oct 2017" · "oct. 2017" · "2017年10月"; "2001" → "2001". */
const monthWords = (date: string, intl: IntlShape) => formatSourceDate(date, intl.locale as Locale);

/**
 * A human label, value and stated numbers for one record, in the language of `intl` (names, labels and notes
 * are the dataset's: in that language when the caller localised it); a missing record gives an unknown description.
 */
export function describeRecord(dataset: Dataset, ref: RecordRef, intl: IntlShape): RecordDescription {
  const exact = (n: number) => formatsOf(intl).exactInText(n);
  const line = (subject: string, value: string, numbers: string[]) => ({ label: intl.formatMessage({ id: 'panel.line' }, { subject, value }), value, numbers });
  const units = (n: number) => intl.formatMessage({ id: 'panel.units' }, { units: exact(n) });
  switch (ref.key) {
    case 'sales': {
      const r = dataset.sales[ref.index];
      if (!r) break;
      const subject = intl.formatMessage({ id: 'panel.subject.sales' }, { brand: r.brand, year: r.year });
      return r.units === null ? line(subject, intl.formatMessage({ id: 'panel.noFigure' }), []) : line(subject, units(r.units), [String(r.units)]);
    }
    case 'salesTotals': {
      const r = dataset.salesTotals[ref.index];
      if (!r) break;
      return line(intl.formatMessage({ id: 'panel.subject.salesTotal' }, { year: r.year }), units(r.units), [String(r.units)]);
    }
    case 'evMilestones': {
      const r = dataset.evMilestones[ref.index];
      if (!r) break;
      const series = indexById(dataset.evSeries).get(r.series);
      const subject = intl.formatMessage({ id: 'panel.subject.milestone' }, { series: shortSeriesLabel(series?.label ?? r.series), measure: r.measure });
      const value = intl.formatMessage({ id: 'panel.milestone' }, { count: qualifiedCount(exact(r.units), r.qualifier ?? null, intl), month: monthWords(r.date, intl) });
      return line(subject, value, [String(r.units)]);
    }
    case 'evLaunches': {
      const r = dataset.evLaunches[ref.index];
      if (!r) break;
      return line(intl.formatMessage({ id: 'ev.launch.title' }, { model: r.model }), monthWords(r.date, intl), []);
    }
    case 'ownership': {
      const r = dataset.ownership[ref.index];
      if (!r) break;
      const name = (id: string) => indexById(dataset.companies).get(id)?.name ?? id;
      const [value, what, numbers] =
        r.percent !== null ? [percentWords(r.percent, intl), 'percent', [String(r.percent)]]
        : r.investment ? [formatsOf(intl).money(r.investment.amount, r.investment.currency), 'invested', [String(r.investment.amount)]]
        : [intl.formatMessage({ id: 'panel.stakeNotStated' }), 'none', []];
      const label = intl.formatMessage({ id: 'panel.stake' }, { holder: name(r.holder), held: name(r.held), what, amount: value, years: heldYears(r, intl) });
      return { label, value, numbers };
    }
    case 'plants': {
      const r = dataset.plants[ref.index];
      if (!r) break;
      const city = shortCity(r.city);
      const figures = joinList(r.capacities.map((c) => capacityWords(c, r.capacityUnit, intl)), intl);
      return line(intl.formatMessage({ id: 'panel.subject.plant' }, { city }), figures, r.capacities.map((c) => String(c.amount)));
    }
    case 'events': {
      const r = dataset.events[ref.index];
      if (!r) break;
      const date = monthWords(r.date, intl);
      return { label: intl.formatMessage({ id: 'panel.line' }, { subject: date, value: r.label }), value: date, numbers: [] };
    }
    case 'targets': {
      const r = dataset.targets[ref.index];
      if (!r) break;
      const numbers = [String(r.amount)];
      const subject = intl.formatMessage({ id: 'panel.subject.target' }, targetYearValues(r));
      return { label: intl.formatMessage({ id: 'panel.line' }, { subject, value: r.label }), value: targetAmountWords(r, intl), numbers };
    }
  }
  return { label: intl.formatMessage({ id: 'panel.unknownRecord' }), value: '', numbers: [] };
}

/** "€10B a year", "at least 1,700,000 vehicles a year", "1,500,000 electric vehicles": amount, unit and period as stated. */
export function targetAmountWords(target: Dataset['targets'][number], intl: IntlShape): string {
  const amount = target.unit === 'EUR' ? formatsOf(intl).money(target.amount, 'EUR') : formatsOf(intl).exactInText(target.amount);
  return intl.formatMessage(
    { id: 'panel.targetAmount' },
    { amount, unit: target.unit, minimum: target.isMinimum ? 'yes' : 'no', perYear: target.period === 'year' ? 'yes' : 'no' },
  );
}

/** Every record citing `sourceId`, in dataset order (RECORD_KEYS order, then index). */
export function recordsCitingSource(dataset: Dataset, sourceId: string): RecordRef[] {
  return RECORD_KEYS.flatMap((key) => {
    const records: readonly ProvenancedRecord[] = dataset[key];
    return records.flatMap((record, index) => (record.source === sourceId ? [{ key, index }] : []));
  });
}

/** One side of a disagreement, as the source panel shows it. */
export interface DisputeSide {
  /** What this side says: "Oct 2017", "43.4%". */
  heading: string;
  source: string;
  quote: string | null;
  /** Numbers to mark in the quote. */
  numbers: string[];
  /** The record this side is, when it is one (another record can be opened); null for a second passage of the same record. */
  ref: RecordRef | null;
}

/** Figures the sources state differently, the record shown first. */
export interface Dispute {
  /** The heading: "Sources disagree" for records in conflict, "Two figures in one source" for one record's second figure. */
  title: string;
  /** One sentence saying what the sides disagree on. */
  text: string;
  sides: DisputeSide[];
}

/**
 * Where the sources really disagree about a record: EV milestones dated in conflict (see isDateConflict),
 * or a stake stated with two different figures (`alsoStated`). Null when nothing contradicts it.
 */
export function disputeFor(dataset: Dataset, ref: RecordRef, intl: IntlShape): Dispute | null {
  if (ref.key === 'evMilestones') {
    const record = dataset.evMilestones[ref.index];
    if (!record) return null;
    const refs = [ref, ...conflictingMilestones(dataset, ref.index)];
    if (refs.length === 1) return null;
    const sides = refs.map((r) => {
      const m = dataset.evMilestones[r.index]!;
      return { heading: monthWords(m.date, intl), source: m.source, quote: m.quote ?? null, numbers: [String(m.units)], ref: r };
    });
    return { title: intl.formatMessage({ id: 'panel.dispute.dates' }), text: intl.formatMessage({ id: 'panel.dispute.datesText' }), sides };
  }
  if (ref.key === 'ownership') {
    const record = dataset.ownership[ref.index];
    if (!record?.alsoStated || record.percent === null) return null;
    const side = (percent: number, quote: string | undefined, r: RecordRef | null): DisputeSide =>
      ({ heading: percentWords(percent, intl), source: record.source, quote: quote ?? null, numbers: [String(percent)], ref: r });
    return {
      title: intl.formatMessage({ id: 'panel.dispute.twoFigures' }),
      text: intl.formatMessage({ id: 'panel.dispute.twoFiguresText' }),
      sides: [side(record.percent, record.quote, ref), side(record.alsoStated.percent, record.alsoStated.quote, null)],
    };
  }
  return null;
}

/** Indices of the other milestones whose date conflicts with milestone `index`. */
function conflictingMilestones(dataset: Dataset, index: number): RecordRef[] {
  const record = dataset.evMilestones[index];
  if (!record) return [];
  return dataset.evMilestones.flatMap((other, i) =>
    i !== index && isDateConflict(record, other) ? [{ key: 'evMilestones' as const, index: i }] : [],
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits of an integer grouped in threes with `separator` (a regex fragment). */
function groupedInteger(digits: string, separator: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

/** Regex alternatives for how a quote may write `value`: 5,816,278 / 5816278 / 5 816 278 / 1 million / 43.4 or 43,4. */
function numberPatterns(value: string): string[] {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return [escapeRegExp(value)];
  const [intPart = '', fraction] = String(Math.abs(n)).split('.');
  const decimal = fraction === undefined ? '' : `[.,]${fraction}`;
  const patterns = [`${groupedInteger(intPart, ',')}${decimal}`, `${intPart}${decimal}`, `${groupedInteger(intPart, '[ \\u00a0\\u202f]')}${decimal}`];
  for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (n >= scale && Number.isInteger(n / (scale / 100))) {
      patterns.push(`${String(n / scale).replace('.', '[.,]')}[€$₽]?[ \\u00a0]?${word}`);
    }
  }
  return [...new Set(patterns)];
}

/**
 * The quote cut into segments, the numbers the record states marked: a number matches when written
 * with commas, plain, with (French) spaces, or as "N million"/"N billion"; a following "%" is included;
 * never a piece of a longer number.
 */
export function highlightNumber(quote: string, numbers: readonly string[]): QuoteSegment[] {
  const alternatives = numbers.flatMap(numberPatterns).sort((a, b) => b.length - a.length);
  if (alternatives.length === 0 || quote === '') return quote === '' ? [] : [{ text: quote, isMatch: false }];
  const pattern = new RegExp(`(?<![\\d])(?<!\\d[.,])(?:${alternatives.join('|')})(?:[ \\u00a0\\u202f]?%)?(?![\\d])(?![.,]\\d)`, 'gu');
  const segments: QuoteSegment[] = [];
  let last = 0;
  for (const match of quote.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: quote.slice(last, match.index), isMatch: false });
    segments.push({ text: match[0], isMatch: true });
    last = match.index + match[0].length;
  }
  if (last < quote.length) segments.push({ text: quote.slice(last), isMatch: false });
  return segments;
}

/** "fr" → "French"; an unknown code is returned upper-cased. */
export function languageName(code: string): string {
  return ownValue(LANGUAGE_NAMES, code) ?? code.toUpperCase();
}

/** A source's language named in the page's language: "fr" → "French" · "français" · "フランス語"; unknown codes upper-cased. */
export function languageIn(code: string, locale: string): string {
  if (locale === 'en') return languageName(code);
  try {
    return new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' }).of(code) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
