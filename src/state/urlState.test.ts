import { intlFor } from '../i18n/intl';
import { worded } from '../test/worded';
import { defaultFilters, type Domain, type Filters } from './filters';
import { describeIgnored, describeReason, langFromQuery, parseFilters, selectQuery, serializeFilters } from './urlState';

/** The shipped dataset's years and brands, written out: the parser takes its domain from the data. */
const DOMAIN: Domain = { years: [1999, 2023], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] };
const DEFAULT_FILTERS = defaultFilters(DOMAIN);

const state = (overrides: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...overrides });

/** Filter states a person can reach, each with a readable name for the test title. */
const ROUND_TRIPS: readonly [string, Filters][] = [
  ['the defaults', DEFAULT_FILTERS],
  ['one year at the start of the domain', state({ yearRange: [1999, 1999] })],
  ['one year at the end of the domain', state({ yearRange: [2023, 2023] })],
  ['a middle range', state({ yearRange: [2013, 2016] })],
  ['a range starting at the domain start', state({ yearRange: [1999, 2010] })],
  ['a range ending at the domain end', state({ yearRange: [2017, 2023] })],
  ['no brand', state({ brands: [] })],
  ['Renault only', state({ brands: ['Renault'] })],
  ['Nissan only', state({ brands: ['Nissan'] })],
  ['Mitsubishi only', state({ brands: ['Mitsubishi'] })],
  ['AvtoVAZ only', state({ brands: ['AvtoVAZ'] })],
  ['Renault and Nissan', state({ brands: ['Renault', 'Nissan'] })],
  ['three brands without Renault', state({ brands: ['Nissan', 'Mitsubishi', 'AvtoVAZ'] })],
  ['sales as shares', state({ salesMode: 'share' })],
  ['grouped bars', state({ salesLayout: 'grouped' })],
  ['a log EV scale', state({ evScale: 'log' })],
  ['the Europe map', state({ mapRegion: 'europe' })],
  ['the Asia map', state({ mapRegion: 'asia' })],
  ['the Americas map', state({ mapRegion: 'americas' })],
  ['shares, grouped, log and Asia together', state({ salesMode: 'share', salesLayout: 'grouped', evScale: 'log', mapRegion: 'asia' })],
  [
    'every key changed at once',
    { yearRange: [2011, 2018], at: 2016, vs: 2023, brands: ['Renault', 'Mitsubishi'], salesMode: 'share', salesLayout: 'grouped', evScale: 'log', mapRegion: 'europe', lang: 'ja' },
  ],
  ['French', state({ lang: 'fr' })],
  ['Japanese', state({ lang: 'ja' })],
  ['a cursor inside the range', state({ yearRange: [2011, 2018], at: 2014 })],
  ['a cursor on the range end, chosen', state({ yearRange: [2011, 2018], at: 2018 })],
  ['a comparison with the default cursor', state({ vs: 2016 })],
  ['one year and no brand', state({ yearRange: [2016, 2016], brands: [] })],
];

describe('serializeFilters → parseFilters round-trips', () => {
  it.each(ROUND_TRIPS)('restores %s exactly', (_name, filters) => {
    const { filters: parsed, ignored } = worded(parseFilters(serializeFilters(filters, DOMAIN), DOMAIN));
    expect({ parsed, ignored }).toEqual({ parsed: filters, ignored: [] });
  });

  it('writes the defaults as an empty query', () => {
    expect(serializeFilters(DEFAULT_FILTERS, DOMAIN)).toBe('');
  });

  it('writes readable keys with unescaped commas', () => {
    expect(serializeFilters(state({ yearRange: [2013, 2016], brands: ['Renault', 'Nissan'] }), DOMAIN)).toBe('?years=2013-2016&brands=Renault,Nissan');
  });

  it('writes a single year without a dash', () => {
    expect(serializeFilters(state({ yearRange: [2015, 2015] }), DOMAIN)).toBe('?years=2015');
  });

  it('writes an empty brand selection as none', () => {
    expect(serializeFilters(state({ brands: [] }), DOMAIN)).toBe('?brands=none');
  });
});

describe('parseFilters on forgiving input', () => {
  it('reads brand names in any case and order into canonical order', () => {
    expect(worded(parseFilters('?brands=nissan,RENAULT', DOMAIN)).filters.brands).toEqual(['Renault', 'Nissan']);
  });

  it('reads choices in any case', () => {
    expect(worded(parseFilters('?sales=SHARE', DOMAIN)).filters.salesMode).toBe('share');
  });

  it('ignores the keys that mail and social platforms add to links without reporting them', () => {
    expect(worded(parseFilters('?utm_source=mail&years=2014&fbclid=IwAR0&gclid=x&chart=ev&embed=1&theme=dark', DOMAIN))).toEqual({ filters: state({ yearRange: [2014, 2014] }), ignored: [] });
  });

  it('reports any other key it does not know, with the keys it reads: "year" for "years" reads as a typo, not silence', () => {
    expect(worded(parseFilters('?year=2017&vs=2012&Years=2014', DOMAIN)).ignored).toEqual(
      ['year', 'Years'].map((key) => ({
        key,
        value: key === 'year' ? '2017' : '2014',
        reason: 'not a setting of this page; expected one of years, at, vs, brands, sales, bars, ev, map, lang, chart, embed or theme',
      })),
    );
  });

  it('uses the first of a repeated key and reports the others', () => {
    expect(worded(parseFilters('?years=2013-2016&years=2010', DOMAIN))).toEqual({
      filters: state({ yearRange: [2013, 2016] }),
      ignored: [{ key: 'years', value: '2010', reason: 'repeated; only the first value is read' }],
    });
  });

  // An address anyone can send: a right-to-left override in it mirrored the notice's own words around it.
  it('shows a control or text-direction character of an ignored key or value as a replacement character', () => {
    const { ignored } = parseFilters('?brands=%E2%80%AERenault&sales=%00x&x%E2%81%A6=1&years=2013-2016&years=%E2%80%AA', DOMAIN);
    expect(describeIgnored(ignored, intlFor('en')).match(/\uFFFD\w*/g)?.sort()).toEqual(['\uFFFD', '\uFFFD', '\uFFFDRenault', '\uFFFDx']);
  });

  it('accepts a query without the leading question mark', () => {
    expect(worded(parseFilters('ev=log', DOMAIN)).filters.evScale).toBe('log');
  });

  it('reads a range of one year written with both ends', () => {
    expect(worded(parseFilters('?years=2015-2015', DOMAIN)).filters.yearRange).toEqual([2015, 2015]);
  });

  it('trims spaces around a range, brand names, none and choices', () => {
    expect(worded(parseFilters('?years=%202013-2016%20&brands=%20renault%20,%20Nissan%20&ev=%20LOG%20', DOMAIN)).filters).toEqual(
      state({ yearRange: [2013, 2016], brands: ['Renault', 'Nissan'], evScale: 'log' }),
    );
    expect(worded(parseFilters('?brands=%20NONE%20', DOMAIN)).filters.brands).toEqual([]);
  });

  it('keeps a cursor on the range start where it is', () => {
    expect(worded(parseFilters('?years=2011-2018&at=2011', DOMAIN))).toEqual({ filters: state({ yearRange: [2011, 2018], at: 2011 }), ignored: [] });
  });

  it('clamps a cursor before the range to its start', () => {
    expect(worded(parseFilters('?years=2011-2018&at=2009', DOMAIN)).filters.at).toBe(2011);
  });

  it('writes three brands with plain commas', () => {
    expect(serializeFilters(state({ brands: ['Renault', 'Nissan', 'Mitsubishi'] }), DOMAIN)).toBe('?brands=Renault,Nissan,Mitsubishi');
  });

  it('lists every brand when all four are named', () => {
    expect(worded(parseFilters(`?brands=${DOMAIN.brands.join(',')}`, DOMAIN)).filters.brands).toEqual(DOMAIN.brands);
  });
});

/** A bad value for one key, the key it must be reported under, and the field that falls back. */
const GARBAGE: readonly [query: string, key: string, field: keyof Filters][] = [
  ['?lang=de', 'lang', 'lang'],
  ['?lang=<b>fr</b>', 'lang', 'lang'],
  ['?years=abc', 'years', 'yearRange'],
  ['?years=', 'years', 'yearRange'],
  ['?years=1998', 'years', 'yearRange'],
  ['?years=2024', 'years', 'yearRange'],
  ['?years=2016-2013', 'years', 'yearRange'],
  ['?years=1990-2000', 'years', 'yearRange'],
  ['?years=13-16', 'years', 'yearRange'],
  ['?years=2013–2016', 'years', 'yearRange'],
  ['?years=2013-2016-2018', 'years', 'yearRange'],
  ['?years=-2015', 'years', 'yearRange'],
  ['?years=2015.5', 'years', 'yearRange'],
  ['?years=%3Cscript%3E', 'years', 'yearRange'],
  [`?years=${'9'.repeat(500)}`, 'years', 'yearRange'],
  ['?brands=', 'brands', 'brands'],
  ['?brands=Toyota', 'brands', 'brands'],
  ['?brands=Renault,Toyota', 'brands', 'brands'],
  ['?brands=Renault,,Nissan', 'brands', 'brands'],
  ['?brands=%F0%9F%9A%97', 'brands', 'brands'],
  ['?brands=<img src=x onerror=alert(1)>', 'brands', 'brands'],
  [`?brands=${'Renault,'.repeat(60)}`, 'brands', 'brands'],
  ['?sales=volume', 'sales', 'salesMode'],
  ['?sales=', 'sales', 'salesMode'],
  ['?bars=pie', 'bars', 'salesLayout'],
  ['?ev=sqrt', 'ev', 'evScale'],
  ['?ev=1', 'ev', 'evScale'],
  ['?map=mars', 'map', 'mapRegion'],
  ['?map=__proto__', 'map', 'mapRegion'],
  ['?at=soon', 'at', 'at'],
  ['?at=2016-2018', 'at', 'at'],
  ['?at=1900', 'at', 'at'],
  ['?vs=2016-2018', 'vs', 'vs'],
  ['?vs=x', 'vs', 'vs'],
  ['?vs=2040', 'vs', 'vs'],
];

describe('parseFilters on garbage', () => {
  it.each(GARBAGE)('%s falls back to the default and names the key %s', (query, key, field) => {
    const { filters, ignored } = parseFilters(query, DOMAIN);
    expect(filters[field]).toEqual(DEFAULT_FILTERS[field]);
    expect(ignored.map((entry) => entry.key)).toEqual([key]);
    // The sentence the page shows names the key first, so the reader knows which part of the link was dropped.
    expect(describeIgnored(ignored, intlFor('en'))).toMatch(new RegExp(`^Some link parameters were ignored: “${key}=`));
  });

  it.each(GARBAGE)('%s gives a reason a person can read', (query) => {
    const [entry] = worded(parseFilters(query, DOMAIN)).ignored;
    expect(entry?.reason).toMatch(/^(expected|unknown|years|the range|value too long)/);
  });

  it('keeps the good keys when one key is bad', () => {
    const { filters, ignored } = worded(parseFilters('?years=2013-2016&brands=Toyota&ev=log', DOMAIN));
    expect(filters).toEqual(state({ yearRange: [2013, 2016], evScale: 'log' }));
    expect(ignored.map((entry) => entry.key)).toEqual(['brands']);
  });

  it('reports each bad key once, in key order', () => {
    const { ignored } = worded(parseFilters('?map=mars&years=x&sales=y', DOMAIN));
    expect(ignored.map((entry) => entry.key)).toEqual(['years', 'sales', 'map']);
  });

  it('shortens a long ignored value to 40 characters', () => {
    const [entry] = worded(parseFilters(`?years=${'1'.repeat(300)}`, DOMAIN)).ignored;
    expect(entry?.value).toHaveLength(40);
  });

  it('parses a value of 200 characters, refuses a longer one unread', () => {
    expect([worded(parseFilters(`?years=${'9'.repeat(200)}`, DOMAIN)).ignored[0]?.reason, worded(parseFilters(`?years=${'9'.repeat(201)}`, DOMAIN)).ignored[0]?.reason]).toEqual([
      'expected a year or a range like 2013-2016',
      'value too long',
    ]);
  });

  it('shortens by whole characters: an emoji on the 40th is kept whole, never half a surrogate pair', () => {
    const value = worded(parseFilters(`?sales=${'a'.repeat(39)}${encodeURIComponent('🚗🚗')}`, DOMAIN)).ignored[0]?.value;
    expect(value).toBe(`${'a'.repeat(39)}🚗`);
  });

  it('reports the first 40 characters of a long value', () => {
    expect(worded(parseFilters(`?sales=${'abcde'.repeat(20)}`, DOMAIN)).ignored[0]?.value).toBe('abcde'.repeat(8));
  });

  it('names at most five ignored parameters, then how many more: a hostile link cannot fill the page', () => {
    const query = `?years=x${'&years=1'.repeat(3)}${Array.from({ length: 10_000 }, (_, i) => `&k${i}=v`).join('')}`;
    const { ignored } = parseFilters(query, DOMAIN);
    expect(ignored).toHaveLength(10_004);
    expect(describeIgnored(ignored, intlFor('en'))).toBe(
      'Some link parameters were ignored: “years=x” (expected a year or a range like 2013-2016), “years=1” (repeated; only the first value is read), ' +
        '“years=1” (repeated; only the first value is read), “years=1” (repeated; only the first value is read), ' +
        '“k0=v” (not a setting of this page; expected one of years, at, vs, brands, sales, bars, ev, map, lang, chart, embed or theme) and 9,999 more.',
    );
  });

  it('counts one more in French in the singular, and words an unknown key in Japanese without brackets in brackets', () => {
    const six = parseFilters('?a=1&b=2&c=3&d=4&e=5&f=6', DOMAIN).ignored;
    expect(describeIgnored(six, intlFor('fr'))).toMatch(/ et 1 autre\.$/);
    expect(describeIgnored(six.slice(0, 1), intlFor('ja'))).toBe(
      'リンクの一部のパラメーターを無視しました：「a=1」（このページの設定ではありません。指定できるのはyears、at、vs、brands、sales、bars、ev、map、lang、chart、embed、またはthemeです）。',
    );
  });

  it('words the notice in French and Japanese', () => {
    const { ignored } = parseFilters('?years=x&lang=de', DOMAIN);
    expect([describeIgnored(ignored, intlFor('fr')), describeIgnored(ignored, intlFor('ja'))]).toEqual([
      'Certains paramètres du lien ont été ignorés\u00a0: «\u00a0years=x\u00a0» (une année ou une période comme 2013-2016 était attendue) et «\u00a0lang=de\u00a0» (valeurs possibles\u00a0: en, fr ou ja).',
      'リンクの一部のパラメーターを無視しました：「years=x」（年または2013-2016のような期間を指定してください）、「lang=de」（指定できるのはen、fr、またはjaです）。',
    ]);
  });

  it('says which values a page shows for ignored keys, one clause each', () => {
    expect(describeIgnored(parseFilters('?years=x&ev=sqrt', DOMAIN).ignored, intlFor('en'))).toBe(
      'Some link parameters were ignored: “years=x” (expected a year or a range like 2013-2016) and “ev=sqrt” (expected one of linear or log).',
    );
  });

  it('says why an out-of-domain year was refused', () => {
    expect(worded(parseFilters('?years=1998', DOMAIN)).ignored[0]?.reason).toBe('years must lie within 1999–2023');
  });

  it('says why a reversed range was refused', () => {
    expect(worded(parseFilters('?years=2016-2013', DOMAIN)).ignored[0]?.reason).toBe('the range starts after it ends');
  });
});

describe('parseFilters on the time keys', () => {
  it('reads a cursor and a compare year', () => {
    expect(worded(parseFilters('?at=2016&vs=2023', DOMAIN))).toEqual({ filters: state({ at: 2016, vs: 2023 }), ignored: [] });
  });

  it('clamps a cursor outside the range and says so', () => {
    expect(worded(parseFilters('?years=2011-2018&at=2021', DOMAIN))).toEqual({
      filters: state({ yearRange: [2011, 2018], at: 2018 }),
      ignored: [{ key: 'at', value: '2021', reason: 'outside the selected years 2011–2018; showing 2018' }],
    });
  });

  it('keeps a compare year that names the year shown, as Play leaves it there (nothing is compared until the cursor moves on)', () => {
    expect(worded(parseFilters('?at=2016&vs=2016', DOMAIN))).toEqual({ filters: state({ at: 2016, vs: 2016 }), ignored: [] });
    const { filters, ignored } = worded(parseFilters('?years=2011-2018&at=2022&vs=2018', DOMAIN));
    expect([filters.at, filters.vs, ignored.map((p) => p.key)]).toEqual([2018, 2018, ['at']]);
  });

  it('says comparison is off for a compare year outside the data or garbage', () => {
    expect(worded(parseFilters('?vs=1980', DOMAIN)).ignored[0]?.reason).toBe('years must lie within 1999–2023; comparison is off');
    expect(worded(parseFilters('?vs=abc', DOMAIN)).ignored[0]?.reason).toBe('expected one year, like 2016; comparison is off');
  });

  it('asks the cursor for one year, not a range: “at” and “vs” take no range', () => {
    expect(['?at=abc', '?at=99999', '?at=2011-2013', '?at=2016-2011', '?at=1990-1995', '?at=1990'].map((query) => worded(parseFilters(query, DOMAIN)).ignored[0]?.reason)).toEqual([
      'expected one year, like 2016',
      'expected one year, like 2016',
      'expected one year, like 2016',
      'expected one year, like 2016',
      'expected one year, like 2016',
      'years must lie within 1999–2023',
    ]);
  });

  it('writes the cursor and compare year after the range', () => {
    expect(serializeFilters(state({ yearRange: [2011, 2018], at: 2016, vs: 2023 }), DOMAIN)).toBe('?years=2011-2018&at=2016&vs=2023');
  });
});

describe('the lang key', () => {
  // A stand-in navigator rather than a spy on jsdom's: `npm run mutate` runs this file in Node 20, which has none.
  const withBrowserLanguages = (languages: string[]) => vi.stubGlobal('navigator', { languages, language: languages[0] });
  afterEach(() => vi.unstubAllGlobals());

  it('reads fr, ja and en in any case', () => {
    expect(['?lang=fr', '?lang=JA', '?lang=en', '?lang=%20fr%20'].map((query) => worded(parseFilters(query, DOMAIN)).filters.lang)).toEqual(['fr', 'ja', 'en', 'fr']);
  });
  it('falls back to the browser language for an unknown or repeated value, and says so', () => {
    withBrowserLanguages(['fr-CA', 'en']);
    const { filters, ignored } = worded(parseFilters('?lang=de&lang=ja', DOMAIN));
    expect(filters.lang).toBe('fr');
    expect(ignored).toEqual([
      { key: 'lang', value: 'de', reason: 'expected one of en, fr or ja' },
      { key: 'lang', value: 'ja', reason: 'repeated; only the first value is read' },
    ]);
  });
  it('falls back to English when the browser has none of the three', () => {
    withBrowserLanguages(['de-DE', 'pt']);
    expect(worded(parseFilters('?lang=ja-JP', DOMAIN)).filters.lang).toBe('en');
  });
  it('is read before the dataset arrives, with the same fallback', () => {
    withBrowserLanguages(['ja']);
    expect(['?lang=fr', '?years=2013&lang=EN', '?lang=xx', '', `?lang=${'f'.repeat(300)}`].map(langFromQuery)).toEqual(['fr', 'en', 'ja', 'ja', 'ja']);
  });
  it("is left out of the address when it is the browser's language", () => {
    withBrowserLanguages(['fr-FR']);
    expect([serializeFilters(state({ lang: 'fr' }), DOMAIN), serializeFilters(state({ lang: 'en' }), DOMAIN)]).toEqual(['', '?lang=en']);
  });
  it('is carried by links and embeds unless English, whatever the browser prefers', () => {
    withBrowserLanguages(['fr-FR']);
    const link = (lang: 'en' | 'fr' | 'ja') => selectQuery({ ...state({ lang, evScale: 'log' }), domain: DOMAIN });
    expect([link('en'), link('fr'), link('ja')]).toEqual(['?ev=log', '?ev=log&lang=fr', '?ev=log&lang=ja']);
  });
});

describe('parseFilters and langFromQuery: what an ignored value says', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the known brands when a brand is unknown', () => {
    expect(worded(parseFilters('?brands=Renault,Dacia', DOMAIN)).ignored).toEqual([
      { key: 'brands', value: 'Renault,Dacia', reason: 'unknown brand; expected some of Renault, Nissan, Mitsubishi or AvtoVAZ' },
    ]);
  });

  it('shortens a repeated value to 40 characters in the report', () => {
    const long = 'x'.repeat(45);
    expect(worded(parseFilters(`?ev=log&ev=${long}`, DOMAIN)).ignored).toEqual([{ key: 'ev', value: 'x'.repeat(40), reason: 'repeated; only the first value is read' }]);
  });

  it('reads a language of up to 200 characters, spaces included, and ignores a longer one, before the dataset as after', () => {
    vi.stubGlobal('navigator', { languages: ['ja'], language: 'ja' });
    const padded = (length: number) => `?lang=${'%20'.repeat(length - 2)}fr`;
    expect([langFromQuery(padded(200)), langFromQuery(padded(201)), parseFilters(padded(200), DOMAIN).filters.lang, parseFilters(padded(201), DOMAIN).filters.lang]).toEqual(['fr', 'ja', 'fr', 'ja']);
  });

  it('words a reason whose values are text as written', () => {
    expect(describeReason({ id: 'filters.notice.item', values: { key: 'years', value: 'abc', reason: 'not a year' } }, intlFor('en'))).toBe('“years=abc” (not a year)');
  });
});
