/**
 * Build step: the message catalogs (src/i18n/messages/<area>/<lang>.ts) are shipped as ICU syntax trees,
 * parsed here at build time, and the page's react-intl gets the parser's no-parser build. The ICU parser
 * (~27 KB minified, ~8 KiB gzip) then stays out of the first load, and no message is parsed on the main
 * thread while the page hydrates. FormatJS documents both halves ("pre-compiling" and the `no-parser` alias).
 *
 * Only `vite build` uses it: tests, the dev server and the build's own pre-render (a dev server) read the
 * catalogs as written, with the full parser, so a message that does not parse still fails there first.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** The catalogs' paths: a catalog the build did not precompile would reach the no-parser page as raw ICU text. */
export const CATALOG_FILE = /\/src\/i18n\/messages\/[a-zA-Z]+\/[a-z]{2}\.ts$/;

/** The parts of an ESTree node this file reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  key?: Node;
  properties?: Node[];
  declaration?: Node | null;
  declarations?: { init?: Node | null }[];
  body?: Node[];
}

/**
 * A catalog module with each message string replaced by its syntax tree (JSON). A catalog is one exported
 * object literal of string literals; anything else (a computed value, a spread) is refused, so no message
 * can reach the page unparsed, where the no-parser build would throw.
 */
export function precompileCatalog(code: string, program: Node): string {
  const messages = (program.body ?? []).flatMap((statement) =>
    statement.type === 'ExportNamedDeclaration' ? (statement.declaration?.declarations ?? []).flatMap((d) => (d.init?.type === 'ObjectExpression' ? (d.init.properties ?? []) : [])) : [],
  );
  if (messages.length === 0) throw new Error('precompile-messages: the catalog exports no object of messages');
  let out = '';
  let at = 0;
  for (const property of messages) {
    const value = (property as { value?: Node }).value;
    if (property.type !== 'Property' || value?.type !== 'Literal' || typeof value.value !== 'string') {
      throw new Error(`precompile-messages: "${code.slice(property.start, property.end)}" is not a message string`);
    }
    out += code.slice(at, value.start) + JSON.stringify(parse(value.value));
    at = value.end;
  }
  return out + code.slice(at);
}

export function precompileMessages(): Plugin {
  return {
    name: 'precompile-messages',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
    }),
    transform(code, id) {
      if (!CATALOG_FILE.test(id)) return null;
      return { code: precompileCatalog(code, this.parse(code) as unknown as Node), map: null };
    },
  };
}
