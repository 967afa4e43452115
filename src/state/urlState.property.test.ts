import fc from 'fast-check';
import { LOCALES } from '../i18n/locales';
import { EV_SCALES, MAP_REGIONS, SALES_LAYOUTS, SALES_MODES, type Domain, type Filters } from './filters';
import { intlFor } from '../i18n/intl';
import { describeReason, parseFilters, serializeFilters } from './urlState';
import { firstChars } from '../lib/firstChars';

/** The shipped dataset's years and brands, written out: the parser takes its domain from the data. */
const DOMAIN: Domain = { years: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] };
const BRANDS = DOMAIN.brands;
const YEAR_DOMAIN = DOMAIN.years;

const KEYS = ['years', 'at', 'vs', 'brands', 'sales', 'bars', 'ev', 'map', 'lang'] as const;

/** True when a filter state is one the store could hold. */
function isValidFilters(filters: Filters): boolean {
  const [from, to] = filters.yearRange;
  const brandOrder = filters.brands.map((b) => BRANDS.indexOf(b));
  const cursor = filters.at ?? to;
  return (
    Number.isInteger(cursor) && from <= cursor && cursor <= to &&
    // A compare year on the cursor's or outside the range is kept, as the page that wrote the link kept it.
    (filters.vs === null || (Number.isInteger(filters.vs) && YEAR_DOMAIN[0] <= filters.vs && filters.vs <= YEAR_DOMAIN[1])) &&
    Number.isInteger(from) && Number.isInteger(to) &&
    YEAR_DOMAIN[0] <= from && from <= to && to <= YEAR_DOMAIN[1] &&
    brandOrder.every((index, i) => index >= 0 && (i === 0 || index > (brandOrder[i - 1] ?? -1))) &&
    SALES_MODES.includes(filters.salesMode) &&
    SALES_LAYOUTS.includes(filters.salesLayout) &&
    EV_SCALES.includes(filters.evScale) &&
    MAP_REGIONS.includes(filters.mapRegion) &&
    LOCALES.includes(filters.lang)
  );
}

/** Values that look almost right: years near the domain, brand lists with typos, wrong case, HTML. */
const nearValue = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1900, max: 2200 })).map(([a, b]) => `${a}-${b}`),
  fc.integer({ min: -99999, max: 99999 }).map(String),
  fc.subarray([...BRANDS, 'toyota', 'RENAULT', 'none', '', ' nissan '], { minLength: 0 }).map((names) => names.join(',')),
  fc.constantFrom(...SALES_MODES, ...SALES_LAYOUTS, ...EV_SCALES, ...MAP_REGIONS, ...LOCALES, 'SHARE', 'Log', 'FR', 'ja-JP', '__proto__', 'constructor'),
  fc.constantFrom('<img src=x onerror=alert(1)>', '%', '%E0%A4%A', '\u0000', '🚗,🚙', 'null', 'undefined', 'NaN', '1e309'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 190, maxLength: 400 }),
);

/** Percent-encodes where possible; a lone surrogate cannot be encoded, so it goes in raw. */
function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A query string built from known and unknown keys, some repeated, some percent-encoded. */
const structuredQuery = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), nearValue, fc.boolean()), { maxLength: 8 }),
    fc.constantFrom('?', '', '??', '#'),
    fc.constantFrom('&', ';', '&&'),
  )
  .map(([pairs, prefix, separator]) =>
    prefix + pairs.map(([key, value, encode]) => `${key}=${encode ? encoded(value) : value}`).join(separator),
  );

/** Anything at all: random text in several alphabets. */
const randomQuery = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webQueryParameters(),
);

const domainYear = fc.integer({ min: YEAR_DOMAIN[0], max: YEAR_DOMAIN[1] });
/** A range, a cursor inside it (or the default) and a compare year anywhere in the domain, the cursor's too. */
const timeFields = fc.tuple(domainYear, domainYear, domainYear, fc.option(fc.oneof(domainYear, fc.constant('cursor' as const))), fc.boolean()).map(([a, b, c, vs, isDefault]) => {
  const [from, to] = [Math.min(a, b), Math.max(a, b)];
  const at = isDefault ? null : Math.min(to, Math.max(from, c));
  return { yearRange: [from, to] as const, at, vs: vs === 'cursor' ? (at ?? to) : vs };
});
const otherFields = fc.record({
  brands: fc.subarray([...BRANDS]),
  salesMode: fc.constantFrom(...SALES_MODES),
  salesLayout: fc.constantFrom(...SALES_LAYOUTS),
  evScale: fc.constantFrom(...EV_SCALES),
  mapRegion: fc.constantFrom(...MAP_REGIONS),
  lang: fc.constantFrom(...LOCALES),
});
const anyFilters: fc.Arbitrary<Filters> = fc.tuple(timeFields, otherFields).map(([time, other]) => ({ ...time, ...other }));

describe('parseFilters on generated query strings', () => {
  it('never throws and always yields a valid filter state (1,000 structured queries)', () => {
    fc.assert(
      fc.property(structuredQuery, (query) => {
        const { filters, ignored } = parseFilters(query, DOMAIN);
        expect(isValidFilters(filters)).toBe(true);
        // A key it reads, or one it says it does not.
        for (const entry of ignored) expect((KEYS as readonly string[]).includes(entry.key) || entry.reason.id === 'filters.reason.unknown').toBe(true);
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('counts a compare year on the cursor\'s as valid: the parser keeps it, comparing nothing until the cursor moves', () => {
    const { filters, ignored } = parseFilters('?vs=2023', DOMAIN);
    expect([filters.vs, filters.at, ignored]).toEqual([2023, null, []]);
    expect(isValidFilters(filters)).toBe(true);
  });

  it('never throws and always yields a valid filter state (1,000 random strings)', () => {
    fc.assert(
      fc.property(randomQuery, (query) => {
        expect(isValidFilters(parseFilters(query, DOMAIN).filters)).toBe(true);
      }),
      { numRuns: 1000, seed: 88 },
    );
  });

  it('reports every ignored key with a reason, and only keys present in the query', () => {
    fc.assert(
      fc.property(structuredQuery, (query) => {
        // Named by its first 40 characters, as its value is.
        const present = new Set([...new URLSearchParams(query).keys()].map((key) => firstChars(key, 40)));
        for (const entry of parseFilters(query, DOMAIN).ignored) {
          expect(present.has(entry.key)).toBe(true);
          expect(describeReason(entry.reason, intlFor('en')).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000, seed: 888 },
    );
  });

  it('round-trips every valid filter state (1,000 states)', () => {
    fc.assert(
      fc.property(anyFilters, (filters) => {
        expect(parseFilters(serializeFilters(filters, DOMAIN), DOMAIN)).toEqual({ filters, ignored: [] });
      }),
      { numRuns: 1000, seed: 8888 },
    );
  });

  it('is idempotent: parsing the serialization of a parsed query changes nothing (1,000 queries)', () => {
    fc.assert(
      fc.property(fc.oneof(structuredQuery, randomQuery), (query) => {
        const once = parseFilters(query, DOMAIN).filters;
        expect(parseFilters(serializeFilters(once, DOMAIN), DOMAIN).filters).toEqual(once);
      }),
      { numRuns: 1000, seed: 88888 },
    );
  });
});
