/**
 * Provenance checks for the dataset: every record must point at text a reader can find.
 * Pure functions only (no fs); the CLI in scripts/verify-data.ts and the tests feed them.
 */
import { brandSum } from './brandSum';
import { brandIds } from './catalogue';
import { ownValue } from './ownValue';
import { RECORD_KEYS } from './recordKeys';
import type { Dataset, RecordKey } from './schema';

/** One failed check; `message` starts with `path` so it reads on its own as a CLI line. */
export type Problem = { path: string; message: string };

type AnyRecord = { source: string; quote?: string; note?: string; [field: string]: unknown };

/** The numeric fields a quote must back up (years, dates and coordinates are not checked). */
const NUMERIC_FIELDS = ['units', 'percent', 'amount'] as const;

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, milliard: 1e9, milliards: 1e9 };

/** A grouped ("2,722,062") or plain ("43.4") number, optionally followed by a currency sign and a scale word. */
const NUMBER_RE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*[₽€$£¥])?(?:\s*(thousand|millions?|billion|milliards?)(?![a-z]))?/gi;

/** Folds the typographic differences a copy-paste may introduce, so quotes compare on wording only. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—‐‑−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The numbers a text states: "2,722,062" → 2722062, "43.4%" → 43.4, "1 million" → 1000000, "23₽ billion" → 23e9. */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(NUMBER_RE)) {
    const value = Number(`${match[1]!.replace(/,/g, '')}.${match[2] ?? ''}`);
    const scale = match[3] ? SCALES[match[3].toLowerCase()] ?? 1 : 1;
    found.push(Number((value * scale).toPrecision(12)));
  }
  return found;
}

/** The verbatim parts of a quote: an ellipsis ("…" or "...") joins parts that need not be adjacent. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/…|\.\.\./)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Equality for stated figures, tolerant only of floating-point noise. */
function sameNumber(a: number, b: number): boolean {
  // Stryker disable next-line EqualityOperator: equivalent in practice — `<` differs only when the noise equals the tolerance to the last bit.
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every provenance-carrying record with its display path, e.g. `ownership[2]`. */
function eachRecord(dataset: Dataset): { path: string; record: AnyRecord }[] {
  return RECORD_KEYS.flatMap((key: RecordKey) =>
    (dataset[key] as AnyRecord[]).map((record, i) => ({ path: `${key}[${i}]`, record })),
  );
}

/** (a) A record with neither a quote nor a note cannot be traced back to anything. */
function checkHasProvenance(path: string, record: AnyRecord): Problem[] {
  if (record.quote || record.note) return [];
  return [{ path, message: `${path} has neither a quote nor a note` }];
}

/** (b) Each part of the quote must occur in the document its source names. */
function checkQuoteInDocument(path: string, record: AnyRecord, files: Map<string, string>, documents: Record<string, string>): Problem[] {
  if (!record.quote) return [];
  const file = files.get(record.source);
  if (file === undefined) return [{ path: `${path}.source`, message: `${path}.source "${record.source}" is not a sources id` }];
  const doc = ownValue(documents, file);
  if (doc === undefined) return []; // reported once for the source, see checkSourceFiles
  const haystack = normalizeText(doc);
  const parts = quoteParts(record.quote);
  return parts.flatMap((part, i) => {
    if (haystack.includes(normalizeText(part))) return [];
    const which = parts.length > 1 ? ` part ${i + 1}/${parts.length}` : '';
    return [{ path: `${path}.quote`, message: `${path}.quote${which} not found in ${file}` }];
  });
}

type Figure = { field: string; value: number };

/** The numeric fields of one object, as figures under `prefix` (e.g. "capacities[1]."). */
function figuresOf(object: unknown, prefix: string, fields: readonly string[] = NUMERIC_FIELDS): Figure[] {
  if (typeof object !== 'object' || object === null) return [];
  return fields.flatMap((field): Figure[] => {
    const value = (object as Record<string, unknown>)[field];
    return typeof value === 'number' ? [{ field: `${prefix}${field}`, value }] : [];
  });
}

/**
 * The figures a record asserts: units/percent/amount when non-null, an investment amount and each plant
 * capacity. (A stake's `alsoStated` figure is checked against its own quote.)
 */
function recordFigures(record: AnyRecord): Figure[] {
  const capacities: Figure[] = Array.isArray(record.capacities)
    ? record.capacities.flatMap((capacity: unknown, i) => figuresOf(capacity, `capacities[${i}].`, ['amount']))
    : [];
  return [...figuresOf(record, ''), ...figuresOf(record.investment, 'investment.', ['amount']), ...capacities];
}

/**
 * (c) Every figure must be stated in the record's quote. A record without a quote is left
 * to its note (and to check (a) when it has neither).
 */
function checkFiguresInQuote(path: string, record: AnyRecord): Problem[] {
  if (!record.quote) return [];
  return figuresMissing(path, record.quote, recordFigures(record));
}

function figuresMissing(path: string, quote: string, figures: readonly Figure[]): Problem[] {
  const stated = numbersIn(quote);
  return figures
    .filter(({ value }) => !stated.some((n) => sameNumber(n, value)))
    .map(({ field, value }) => ({ path: `${path}.${field}`, message: `${path}.${field} ${value} does not appear in its quote` }));
}

/** (c) A stake's second statement (`alsoStated`) must be verbatim in the same document and state its own figure. */
function checkAlsoStated(path: string, record: AnyRecord, files: Map<string, string>, documents: Record<string, string>): Problem[] {
  const also = record.alsoStated as { percent: number; quote: string } | undefined;
  if (!also) return [];
  const inDocument = checkQuoteInDocument(`${path}.alsoStated`, { source: record.source, quote: also.quote }, files, documents);
  return [...inDocument, ...figuresMissing(`${path}.alsoStated`, also.quote, [{ field: 'percent', value: also.percent }])];
}

/** How a quote may name each investment currency: its sign or its word (checked on normalized, lower-case text). */
const CURRENCY_WORDS: Record<string, readonly RegExp[]> = {
  EUR: [/€/, /\beuros?\b/],
  USD: [/\$/, /\bdollars?\b/],
  RUB: [/₽/, /\bro?ubles?\b/],
  KRW: [/₩/, /\bwon\b/],
};

/** (c) An investment's currency must be named in its quote: "170 billion won" is KRW, not EUR. */
function checkInvestmentCurrency(path: string, record: AnyRecord): Problem[] {
  const investment = record.investment as { currency: string } | undefined;
  if (!investment || !record.quote) return [];
  const quote = normalizeText(record.quote);
  const named = (ownValue(CURRENCY_WORDS, investment.currency) ?? []).some((word) => word.test(quote));
  return named ? [] : [{ path: `${path}.investment.currency`, message: `${path}.investment.currency ${investment.currency} is not named in its quote` }];
}

/** The quote and note of a record together: what a label or a year may be justified by (join writes an absent one as ''). */
const provenanceText = (record: { quote?: string; note?: string }) => [record.quote, record.note].join(' ');

/**
 * (e) Every number written in an event's or a target's label ("1.5 million", "€10 billion", "2013") must be
 * stated in its quote or note: a label claims no figure its sources do not give.
 */
function checkLabelNumbers(dataset: Dataset): Problem[] {
  const labelled = [
    ...dataset.events.map((record, i) => ({ path: `events[${i}]`, record })),
    ...dataset.targets.map((record, i) => ({ path: `targets[${i}]`, record })),
  ];
  return labelled.flatMap(({ path, record }) => {
    const stated = numbersIn(provenanceText(record));
    return numbersIn(record.label)
      .filter((value) => !stated.some((n) => sameNumber(n, value)))
      .map((value) => ({ path: `${path}.label`, message: `${path}.label states ${value}, which is in neither its quote nor its note` }));
  });
}

/** (e) The years a target was set or revised in must appear in its quote or note. */
function checkTargetYears(dataset: Dataset): Problem[] {
  return dataset.targets.flatMap((target, i) => {
    const stated = numbersIn(provenanceText(target));
    const years = [
      { field: 'setIn', value: target.setIn },
      { field: 'revisedIn', value: target.revisedIn },
    ];
    return years.flatMap(({ field, value }) =>
      value === undefined || stated.includes(value)
        ? []
        : [{ path: `targets[${i}].${field}`, message: `targets[${i}].${field} ${value} is in neither its quote nor its note` }],
    );
  });
}

/** The words that bound or round a count, by the EV milestone qualifier each one means. */
const QUALIFIER_WORDS = new Map<string, readonly string[]>([
  ['over', ['more than', 'over']],
  ['about', ['about', 'around', 'approximately', 'roughly']],
  ['almost', ['almost', 'nearly']],
]);
/** Any of a qualifier's words, as a whole word. */
const QUALIFIER_WORD_RES = new Map([...QUALIFIER_WORDS].map(([qualifier, words]) => [qualifier, new RegExp(`\\b(?:${words.join('|')})\\b`)]));
/** One of those words right before a number: "almost 450,000", "more than 1 million". */
const BOUNDED_NUMBER_RE = new RegExp(`\\b(${[...QUALIFIER_WORDS.values()].flat().join('|')})\\s+(${NUMBER_RE.source})`, 'g');

/**
 * (f) An EV count keeps its quote's bound: a quote saying "almost 450,000" needs `qualifier: almost` (drawn as
 * "reached 450,000" it claimed what the source denies), and a qualifier needs one of its words in the quote.
 */
function checkEvQualifiers(dataset: Dataset): Problem[] {
  return dataset.evMilestones.flatMap((m, i) => {
    if (!m.quote) return [];
    const path = `evMilestones[${i}].qualifier`;
    const quote = normalizeText(m.quote);
    const bound = [...quote.matchAll(BOUNDED_NUMBER_RE)].find((match) => numbersIn(match[0]).some((n) => sameNumber(n, m.units)));
    const stated = bound ? [...QUALIFIER_WORDS].find(([, words]) => words.includes(bound[1]!))![0] : undefined;
    if (bound && stated !== m.qualifier) {
      return [{ path, message: m.qualifier ? `${path} ${m.qualifier} is not what its quote says: “${bound[0]}”` : `${path} is missing: its quote says “${bound[0]}”` }];
    }
    const words = m.qualifier ? (QUALIFIER_WORDS.get(m.qualifier) ?? []) : [];
    if (m.qualifier && !bound && !QUALIFIER_WORD_RES.get(m.qualifier)?.test(quote)) {
      return [{ path, message: `${path} ${m.qualifier} has no word in its quote (${words.join(', ')})` }];
    }
    return [];
  });
}

/** Each source file must have been supplied, or none of its quotes can be checked. */
function checkSourceFiles(dataset: Dataset, documents: Record<string, string>): Problem[] {
  return dataset.sources.flatMap((source, i) =>
    ownValue(documents, source.file) === undefined
      ? [{ path: `sources[${i}].file`, message: `sources[${i}].file ${source.file} was not provided` }]
      : [],
  );
}

/** (d) Each (year, brand) appears exactly once per year that has a total. */
function checkSalesCoverage(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  dataset.sales.forEach((sale, i) => {
    const key = `${sale.year} ${sale.brand}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ path: `sales[${i}]`, message: `sales[${i}] repeats ${key} (first at sales[${first}])` });
    else seen.set(key, i);
  });
  for (const { year } of dataset.salesTotals) {
    for (const brand of brandIds(dataset)) {
      if (!seen.has(`${year} ${brand}`)) problems.push({ path: 'sales', message: `sales has no record for ${year} ${brand}` });
    }
  }
  return problems;
}

/**
 * (d) Each year's stated total equals the sum of its non-null brand figures, leaving out brands whose
 * figures another brand's include that year, and years are not repeated.
 */
function checkSalesTotals(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const years = new Set<number>();
  dataset.salesTotals.forEach((total, i) => {
    const path = `salesTotals[${i}]`;
    if (years.has(total.year)) problems.push({ path, message: `${path} repeats the year ${total.year}` });
    years.add(total.year);
    const sum = brandSum(dataset, total.year);
    if (sum !== total.units) {
      problems.push({ path: `${path}.units`, message: `${path}.units ${total.units} does not equal the ${total.year} brand sum ${sum}` });
    }
  });
  const orphans = [...new Set(dataset.sales.map((s) => s.year))].filter((y) => !years.has(y));
  return problems.concat(orphans.map((y) => ({ path: 'salesTotals', message: `salesTotals has no total for ${y}` })));
}

/** Cumulative EV figures can only grow: each (series, measure) must be non-decreasing in date order. */
function checkEvCumulative(dataset: Dataset): Problem[] {
  // Array sort is stable (ES2019), so figures on one date stay in file order.
  const indexed = dataset.evMilestones.map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date));
  const last = new Map<string, { units: number; i: number }>();
  const problems: Problem[] = [];
  for (const { m, i } of indexed) {
    const key = `${m.series}/${m.measure}`;
    const prev = last.get(key);
    if (prev && m.units < prev.units) {
      const path = `evMilestones[${i}].units`;
      problems.push({ path, message: `${path} ${m.units} is below the earlier ${key} figure ${prev.units} (evMilestones[${prev.i}])` });
    }
    if (!prev || m.units >= prev.units) last.set(key, { units: m.units, i });
  }
  return problems;
}

/**
 * All provenance problems in a parsed dataset, given the source documents by file name.
 * An empty list means every record is traceable and every figure is stated where it is cited.
 */
export function verifyDataset(dataset: Dataset, documents: Record<string, string>): Problem[] {
  const files = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const perRecord = eachRecord(dataset).flatMap(({ path, record }) => [
    ...checkHasProvenance(path, record),
    ...checkQuoteInDocument(path, record, files, documents),
    ...checkFiguresInQuote(path, record),
    ...checkAlsoStated(path, record, files, documents),
    ...checkInvestmentCurrency(path, record),
  ]);
  return [
    ...checkSourceFiles(dataset, documents),
    ...perRecord,
    ...checkLabelNumbers(dataset),
    ...checkTargetYears(dataset),
    ...checkSalesCoverage(dataset),
    ...checkSalesTotals(dataset),
    ...checkEvCumulative(dataset),
    ...checkEvQualifiers(dataset),
  ];
}

/** How many provenance-carrying records the dataset holds (for the CLI summary). */
export function countRecords(dataset: Dataset): number {
  return RECORD_KEYS.reduce((sum, key) => sum + dataset[key].length, 0);
}
