import fc from 'fast-check';
import realDataset from '../../public/data/alliance.json';
import { datasetDomain } from '../state/filters';
import { Dataset } from '../data/schema';
import { YEARS } from '../data/limits';

/*
 * Generated dataset files for the property tests: the real file with breaking or extreme changes, and
 * random structures. Shared by the fuzzing of the dataset gate and models (dataset.property.test.ts) and the
 * check that the compiled validator agrees with zod (checkDataset.test.ts).
 */

const YEAR_DOMAIN = datasetDomain(Dataset.parse(realDataset)).years;
/** The first and last year a record may name (YEARS), and as a date. */
const [FIRST, LAST] = YEARS;

export type Json = Record<string, unknown>;
export const COLLECTIONS = ['sources', 'brands', 'sales', 'salesTotals', 'evSeries', 'evMilestones', 'evLaunches', 'companies', 'ownership', 'plants', 'events', 'targets'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Values that break types, ranges and formats, or stress rendering (huge, tiny, unicode, HTML). */
export const extremeValue = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, -0, 1e12, 1e308, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, FIRST - 1, FIRST, 1999, 2023, LAST, LAST + 1),
  fc.constantFrom('', ' ', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '日産自動車', 'Рено', '🚗🔋', '\u202Eevil', 'a'.repeat(2000), '2013-02', '2013', `${FIRST}-01`, `${LAST}-12`, `${FIRST - 1}-12`, `${LAST + 1}`, 'Renault', 'wiki-alliance'),
  fc.constantFrom(null, true, false, [], {}, undefined),
  fc.integer({ min: -1e6, max: 1e13 }),
  fc.double(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A change to one field of one record (undefined deletes the field). */
export const fieldMutation = fc.record({
  kind: fc.constant('field' as const),
  key: fc.constantFrom(...COLLECTIONS),
  index: fc.nat(),
  field: fc.oneof(fc.constantFrom('id', 'year', 'units', 'brand', 'source', 'date', 'series', 'percent', 'capacities', 'lat', 'lon', 'label', 'name', 'from', 'to', 'holder', 'held', 'brands', 'opened', 'measure'), fc.string({ maxLength: 6 })),
  value: extremeValue,
});

/** A change to a whole collection: emptied, a record duplicated or dropped, reversed, or not an array. */
export const arrayMutation = fc.record({
  kind: fc.constant('array' as const),
  key: fc.constantFrom(...COLLECTIONS),
  op: fc.constantFrom('empty', 'duplicate', 'drop', 'reverse', 'delete', 'object', 'null'),
  index: fc.nat(),
});

/**
 * Changes the schema accepts but the charts must survive: extreme yet legal numbers, years at the domain
 * edges, unicode and HTML in labels, records repeated, collections emptied.
 */
export const legalExtreme = fc.oneof(
  // A brand's figure may drop to zero and a year's total grow: a total under its brands' sum is refused (crossChecks.ts).
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('sales'), index: fc.nat(), field: fc.constant('units'), value: fc.constant(0) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('salesTotals'), index: fc.nat(), field: fc.constant('units'), value: fc.constantFrom(1e12, 1e13) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('targets'), index: fc.nat(), field: fc.constant('amount'), value: fc.constantFrom(1, 1e12, 1e13) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constantFrom('sales', 'salesTotals', 'targets'), index: fc.nat(), field: fc.constant('year'), value: fc.constantFrom(FIRST, YEAR_DOMAIN[0], YEAR_DOMAIN[1], LAST) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('sales'), index: fc.nat(), field: fc.constant('units'), value: fc.constant(null) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('evMilestones'), index: fc.nat(), field: fc.constant('units'), value: fc.constantFrom(1, 1e12) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constantFrom('evMilestones', 'evLaunches'), index: fc.nat(), field: fc.constant('date'), value: fc.constantFrom(`${FIRST}-01`, '1999-01', '2023-12', `${LAST}-12`) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('events'), index: fc.nat(), field: fc.constant('date'), value: fc.constantFrom(`${FIRST}`, `${LAST}-12`) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('plants'), index: fc.nat(), field: fc.constantFrom('capacityUnit'), value: fc.constantFrom('engines', 'batteries') }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('plants'), index: fc.nat(), field: fc.constantFrom('lat'), value: fc.constantFrom(-90, 0, 90) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('plants'), index: fc.nat(), field: fc.constantFrom('lon'), value: fc.constantFrom(-180, 0, 180) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('ownership'), index: fc.nat(), field: fc.constant('percent'), value: fc.constantFrom(0.0001, 100, null) }),
  // A stake's span stretched to the domain's edges and past them; shortened to end before it starts, the file is
  // refused (schema.test.ts), so a start moves only earlier than any end, and an end only later than any start.
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('ownership'), index: fc.nat(), field: fc.constant('from'), value: fc.constantFrom(FIRST, 1999) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constant('ownership'), index: fc.nat(), field: fc.constant('to'), value: fc.constantFrom(2024, LAST, null) }),
  fc.record({
    kind: fc.constant('field' as const),
    key: fc.constantFrom('sources', 'evSeries', 'companies', 'plants', 'events', 'targets', 'evLaunches'),
    index: fc.nat(),
    field: fc.constantFrom('title', 'label', 'name', 'city', 'country', 'model', 'quote', 'note'),
    value: fc.oneof(fc.constantFrom('<img src=x onerror=alert(1)>', '日産自動車', 'Рено', '🚗🔋', '\u202Eevil', 'x'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 })),
  }),
  // Series and companies are left out of emptying and dropping: records that name them would then be refused.
  fc.record({ kind: fc.constant('array' as const), key: fc.constantFrom(...COLLECTIONS.filter((k) => !['sources', 'brands', 'evSeries', 'companies'].includes(k))), op: fc.constantFrom('empty', 'drop'), index: fc.nat() }),
  fc.record({ kind: fc.constant('array' as const), key: fc.constantFrom(...COLLECTIONS.filter((k) => k !== 'sources' && k !== 'brands')), op: fc.constant('reverse'), index: fc.nat() }),
  // Sales, totals and stakes are left out: two figures for one year (and brand), or two stakes of one holder in one
  // company at once, are rejected by the schema.
  fc.record({ kind: fc.constant('array' as const), key: fc.constantFrom('evMilestones', 'evLaunches', 'events', 'targets'), op: fc.constant('duplicate'), index: fc.nat() }),
);

type Mutation = { kind: 'field'; key: Collection; index: number; field: string; value: unknown } | { kind: 'array'; key: Collection; op: string; index: number };

function applyMutation(data: Json, mutation: Mutation) {
  const list = data[mutation.key];
  if (mutation.kind === 'array') {
    const records = Array.isArray(list) ? list : [];
    const i = records.length ? mutation.index % records.length : 0;
    if (mutation.op === 'empty') data[mutation.key] = [];
    else if (mutation.op === 'duplicate' && records[i] !== undefined) records.splice(i, 0, structuredClone(records[i]));
    else if (mutation.op === 'drop') records.splice(i, 1);
    else if (mutation.op === 'reverse') records.reverse();
    else if (mutation.op === 'delete') delete data[mutation.key];
    else if (mutation.op === 'object') data[mutation.key] = { ...records };
    else if (mutation.op === 'null') data[mutation.key] = null;
    return;
  }
  if (!Array.isArray(list) || list.length === 0) return;
  const record = list[mutation.index % list.length] as Json | undefined;
  if (!record || typeof record !== 'object') return;
  if (mutation.value === undefined) delete record[mutation.field];
  else record[mutation.field] = mutation.value;
}

/** The real file with a few mutations applied. */
export const nearValid = (mutation: fc.Arbitrary<Mutation>) =>
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const data = structuredClone(realDataset) as unknown as Json;
    for (const m of mutations) applyMutation(data, m);
    return data;
  });

/** Random structures, some with the right top-level keys holding garbage arrays. */
export const garbage = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record(Object.fromEntries(COLLECTIONS.map((key) => [key, fc.array(fc.anything(), { maxLength: 3 })]))),
  fc.record(Object.fromEntries(COLLECTIONS.map((key) => [key, fc.array(fc.object(), { maxLength: 3 })]))),
);

