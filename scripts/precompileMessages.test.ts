import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG_FILE, precompileCatalog } from './precompileMessages';

const compile = (code: string) => precompileCatalog(code, parseAst(code) as never);
/** The compiled module's exported object, evaluated. */
const exported = (code: string) => new Function(`${compile(code).replace('export const', 'const')}; return catalog;`)() as Record<string, unknown>;

describe('precompileCatalog', () => {
  it('replaces every message with its ICU syntax tree and keeps the keys and the rest of the module', () => {
    const code = "/** doc */\nexport const catalog = {\n  'a.plain': 'Sales by brand',\n  'a.arg': '{count, plural, one {# plant} other {# plants}} in {country}',\n};\n";
    const out = compile(code);
    expect(out.startsWith('/** doc */\nexport const catalog = {')).toBe(true);
    const catalog = exported(code);
    expect(Object.keys(catalog)).toEqual(['a.plain', 'a.arg']);
    expect(catalog['a.plain']).toEqual([{ type: TYPE.literal, value: 'Sales by brand' }]);
    // The tree formats exactly as the string would, without a parser.
    const tree = catalog['a.arg'] as never;
    expect(new IntlMessageFormat(tree, 'en').format({ count: 2, country: 'Spain' })).toBe('2 plants in Spain');
    expect(new IntlMessageFormat(tree, 'en').format({ count: 1, country: 'Spain' })).toBe('1 plant in Spain');
  });

  it('refuses a message that is not a string literal, so none reaches the page unparsed', () => {
    expect(() => compile("export const catalog = { 'a': 'x' + 'y' };")).toThrow(/'a': 'x' \+ 'y'" is not a message string/);
    expect(() => compile("const other = { 'a': 'x' };\nexport const catalog = { ...other };")).toThrow(/\.\.\.other" is not a message string/);
  });

  it('refuses a module that exports no catalog', () => {
    expect(() => compile("export const catalog = 'x';")).toThrow(/no object of messages/);
  });

  it('refuses a message the ICU parser rejects', () => {
    expect(() => compile("export const catalog = { 'a': '{count, plural, one {x}' };")).toThrow();
  });
});

// An area folder named "salesMany" was not precompiled: the built page showed its messages as raw ICU text.
describe('CATALOG_FILE', () => {
  it('matches every catalog file under src/i18n/messages/<area>/', () => {
    const root = resolve(__dirname, '../src/i18n/messages');
    const catalogs = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((area) => readdirSync(resolve(root, area.name)).filter((file) => /^[a-z]{2}\.ts$/i.test(file)).map((file) => `${root}/${area.name}/${file}`));
    expect(catalogs.length).toBeGreaterThan(40);
    expect(catalogs.filter((path) => !CATALOG_FILE.test(path))).toEqual([]);
  });
});
