import {
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { createRequire } from 'node:module';
import { render } from '@testing-library/react';
import { createIntl, createIntlCache, FormattedMessage, RawIntlProvider, type IntlShape } from 'react-intl';
import { LOCALES, type Locale } from './locales';
import { loadAreas } from './messages';
import { withTreeFormatting } from './intl';

/** A language's catalog as a build ships it: every message a syntax tree (scripts/precompileMessages.ts). */
async function compiledCatalog(locale: Locale): Promise<Record<string, MessageFormatElement[]>> {
  const areas = await loadAreas(locale);
  const strings: Record<string, string> = Object.assign({}, ...Object.values(areas));
  return Object.fromEntries(Object.entries(strings).map(([id, message]) => [id, parse(message)]));
}

/** Values for every argument of a message: 3 for numbers and plurals, a date for dates, a case's key for selects, a word otherwise. */
function sampleValues(elements: readonly MessageFormatElement[], values: Record<string, string | number | Date> = {}) {
  for (const element of elements) {
    if (isTagElement(element)) {
      sampleValues(element.children, values);
      continue;
    }
    // Literals and the plural's own '#' have nothing to fill in.
    if (!('value' in element) || element.type === 0) continue;
    if (isNumberElement(element) || isPluralElement(element)) values[element.value] = 3;
    else if (isDateElement(element) || isTimeElement(element)) values[element.value] = new Date(Date.UTC(2017, 11, 31));
    else if (isSelectElement(element)) values[element.value] = Object.keys(element.options).find((key) => key !== 'other') ?? 'other';
    else values[element.value] = 'Nissan';
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) sampleValues(option.value, values);
  }
  return values;
}

const hasTags = (elements: readonly MessageFormatElement[]): boolean =>
  elements.some((element) => isTagElement(element) || ((isPluralElement(element) || isSelectElement(element)) && Object.values(element.options).some((option) => hasTags(option.value))));

function intls(locale: Locale, messages: Record<string, MessageFormatElement[]>, onError = (_error: unknown) => {}) {
  const plain = createIntl({ locale, defaultLocale: 'en', messages, onError }, createIntlCache());
  return { plain, cached: withTreeFormatting(createIntl({ locale, defaultLocale: 'en', messages, onError }, createIntlCache())) };
}

describe('withTreeFormatting', () => {
  it('uses the intl-messageformat react-intl itself runs: one copy, one version', () => {
    const fromReactIntl = createRequire(createRequire(import.meta.url).resolve('react-intl')).resolve('intl-messageformat');
    expect(createRequire(import.meta.url).resolve('intl-messageformat')).toBe(fromReactIntl);
  });

  it.each(LOCALES)('formats every %s message exactly as react-intl does, with its arguments filled in', async (locale) => {
    const messages = await compiledCatalog(locale);
    const { plain, cached } = intls(locale, messages);
    const ids = Object.keys(messages).filter((id) => !hasTags(messages[id] ?? []));
    expect(ids.length).toBeGreaterThan(400);
    const format = (intl: IntlShape) => ids.map((id) => intl.formatMessage({ id: id as never }, sampleValues(messages[id] ?? []) as never));
    // Formatted from the trees, not handed back to react-intl (which would build a formatter object).
    const handedBack = vi.spyOn(cached.formatters, 'getMessageFormat');
    expect(format(cached)).toEqual(format(plain));
    expect(handedBack).not.toHaveBeenCalled();
  });

  it('formats a tree with no formatter object per message, whatever the values', () => {
    const { cached } = intls('en', { 'sales.count': parse('{count, plural, one {# brand} other {# brands}}') });
    const build = vi.spyOn(cached.formatters, 'getMessageFormat');
    const worded = [1, 2, 1].map((count) => cached.formatMessage({ id: 'sales.count' as never }, { count } as never));
    expect(worded).toEqual(['1 brand', '2 brands', '1 brand']);
    expect(build).not.toHaveBeenCalled();
  });

  it('leaves a boolean value, which react-intl returns as a list of parts, to react-intl', () => {
    const messages = { 'app.flag': parse('Shown: {shown}') };
    const { plain, cached } = intls('en', messages);
    const build = vi.spyOn(cached.formatters, 'getMessageFormat');
    expect(cached.formatMessage({ id: 'app.flag' as never }, { shown: true } as never)).toEqual(plain.formatMessage({ id: 'app.flag' as never }, { shown: true } as never));
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('serves <FormattedMessage> from the tree, with no formatter object, as react-intl would word it', () => {
    const messages = { 'sales.count': parse('{count, plural, one {# brand} other {# brands}}') };
    const { plain, cached } = intls('en', messages);
    const build = vi.spyOn(cached.formatters, 'getMessageFormat');
    const page = (intl: IntlShape, count: number) => (
      <RawIntlProvider value={intl}>
        <p>
          <FormattedMessage id={'sales.count' as never} values={{ count }} />
        </p>
      </RawIntlProvider>
    );
    const { container, rerender } = render(page(cached, 1));
    rerender(page(cached, 2));
    expect(container.textContent).toBe('2 brands');
    expect(build).not.toHaveBeenCalled();
    rerender(page(plain, 2));
    expect(container.textContent).toBe('2 brands');
  });

  it('leaves rich text (a tag filled by a function) to react-intl, which keys the parts', () => {
    const messages = { 'ev.note': parse('Sold <b>{units}</b> cars') };
    const { plain, cached } = intls('en', messages);
    const values = { units: '10,000', b: (chunks: unknown) => `[${String(chunks)}]` };
    expect(cached.formatMessage({ id: 'ev.note' as never }, values as never)).toEqual(plain.formatMessage({ id: 'ev.note' as never }, values as never));
    expect(cached.formatMessage({ id: 'ev.note' as never }, values as never)).toBe('Sold [10,000] cars');
  });

  it('reports a message that cannot be formatted and falls back as react-intl does', () => {
    const messages = { 'sales.total': parse('{total, number} cars') };
    const errors: unknown[] = [];
    const { plain, cached } = intls('en', messages, (error) => errors.push(error));
    const fallback = plain.formatMessage({ id: 'sales.total' as never });
    const reported = errors.length;
    expect(cached.formatMessage({ id: 'sales.total' as never })).toBe(fallback);
    expect(errors).toHaveLength(reported * 2);
    expect(reported).toBe(1);
  });

  it('formats a message given as a string (tests and the dev server) through react-intl', () => {
    const cached = withTreeFormatting(createIntl({ locale: 'fr', messages: { 'app.hello': 'Bonjour {name}' } as never }));
    expect(cached.formatMessage({ id: 'app.hello' as never }, { name: 'Carlos' } as never)).toBe('Bonjour Carlos');
  });
});
