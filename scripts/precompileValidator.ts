/**
 * Build step: the dataset schema (src/data/schema.ts, zod) compiled to plain JavaScript, served as the
 * module `virtual:dataset-shape`. zod checks a file by walking its schema at run time, and under the page's
 * CSP (no `new Function`) it cannot compile itself: 10,796 records of the 100× benchmark file took ~55–80 ms
 * of a cold start in Node and ~160 ms on the page with zod's own start-up. The same rules, converted to
 * JSON Schema by zod and compiled by Ajv's standalone mode (code generated here, no `eval` on the page),
 * check that file in ~12 ms. zod stays the one place the rules are written, and the page loads it only
 * to word what is wrong with a file that fails (checkDataset.ts).
 *
 * Every mode uses it — build, dev server, tests — so the tests run the code the page runs.
 */
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { runnerImport, type Plugin } from 'vite';
import { z } from 'zod';
import type { Dataset } from '../src/data/schema.ts';

export const DATASET_SHAPE_MODULE = 'virtual:dataset-shape';
const RESOLVED_ID = `\0${DATASET_SHAPE_MODULE}`;

/**
 * The module's code: `export default function (body): boolean`, true when `body` has the dataset's shape
 * (every field's type, range, length and format). Options that keep zod's meaning: patterns without the `u`
 * flag, unknown keys removed as zod strips them (string lengths both count in code points).
 */
export function datasetShapeModule(dataset: typeof Dataset): string {
  const lost = rulesJsonSchemaLoses(dataset);
  if (lost.length) throw new Error(`precompile-validator: the compiled check would skip ${lost.join('; ')}. Write the rule in crossChecks.ts, or in a form JSON Schema carries.`);
  const schema = z.toJSONSchema(dataset, { target: 'draft-7', io: 'input' });
  const ajv = new Ajv({ code: { source: true, esm: true }, unicodeRegExp: false, removeAdditional: 'all', messages: false, strict: true });
  return asImports(standaloneCode(ajv, ajv.compile(schema)));
}

/** The parts of a zod schema's definition this file reads. */
interface ZodNode {
  _zod: { def: { type: string; checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[]; shape?: Record<string, ZodNode>; element?: ZodNode; innerType?: ZodNode } };
}

/** Types and checks z.toJSONSchema turns into JSON Schema that means the same (the schema's own, all of them). */
const CARRIED_TYPES = new Set(['object', 'array', 'optional', 'nullable', 'string', 'number', 'boolean', 'enum', 'literal']);
const CARRIED_CHECKS = new Set(['min_length', 'max_length', 'greater_than', 'less_than', 'number_format', 'string_format']);

/**
 * What z.toJSONSchema would drop without a word, so the compiled check would accept what zod refuses: a refine
 * (a custom check) below the root, a regex with flags, a transform or pipe, a trim, any type not listed above.
 * The root's own refinement is the checks across records, which the page runs itself (crossChecks.ts).
 */
export function rulesJsonSchemaLoses(schema: ZodNode, path = 'the dataset'): string[] {
  const { type, checks = [], shape, element, innerType } = schema._zod.def;
  const lost = checks.flatMap(({ _zod: { def } }) => {
    if (def.check === 'custom') return path === 'the dataset' ? [] : [`a custom check on ${path}`];
    if (!CARRIED_CHECKS.has(def.check)) return [`a "${def.check}" check on ${path}`];
    return def.format === 'regex' && def.pattern?.flags ? [`the pattern flags "${def.pattern.flags}" on ${path}`] : [];
  });
  if (!CARRIED_TYPES.has(type)) return [...lost, `a ${type} at ${path}`];
  const children = [...Object.entries(shape ?? {}).map(([key, child]) => [`${path}.${key}`, child] as const), ...(element ? [[`${path}[]`, element] as const] : []), ...(innerType ? [[path, innerType] as const] : [])];
  return [...lost, ...children.flatMap(([childPath, child]) => rulesJsonSchemaLoses(child, childPath))];
}

/** Ajv's runtime helpers the compiled code may call, by name, with the app's ES module that does the same. */
const RUNTIME_HELPERS = new Map([['ucs2length', fileURLToPath(new URL('../src/data/codePointLength.ts', import.meta.url))]]);

/**
 * Ajv's ES module output still reads its runtime helpers with `require` (ajv-validator/ajv#2209), which the
 * page has not, and those are CommonJS, whose default export Vite's dev server and its build resolve
 * differently: each becomes an import of the app's own module in RUNTIME_HELPERS. Another helper stops the build.
 */
export function asImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("ajv\/dist\/runtime\/([\w-]+)"\)\.default/g, (_, helper: string) => {
    const file = RUNTIME_HELPERS.get(helper);
    if (file === undefined) throw new Error(`precompile-validator: the compiled schema needs Ajv's runtime helper "${helper}", which RUNTIME_HELPERS does not provide`);
    const name = `runtime${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(file)};`);
    return name;
  });
  return imports.join('\n') + '\n' + body;
}

/**
 * The schema, imported through Vite's module runner rather than by this file: the config's own bundle would
 * then hold the app's sources, which Vite's coming native config loader refuses (imports without extensions).
 * Also the files it was built from, so that a change to one makes the module anew.
 */
async function loadSchema(): Promise<{ dataset: typeof Dataset; files: string[] }> {
  const schemaFile = fileURLToPath(new URL('../src/data/schema.ts', import.meta.url));
  const { module, dependencies } = await runnerImport<typeof import('../src/data/schema.ts')>(schemaFile, { configFile: false, logLevel: 'error' });
  return { dataset: module.Dataset, files: [schemaFile, ...dependencies] };
}

export function precompileValidator(): Plugin {
  return {
    name: 'precompile-validator',
    resolveId: (id) => (id === DATASET_SHAPE_MODULE ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const { dataset, files } = await loadSchema();
      for (const file of files) this.addWatchFile(file);
      return datasetShapeModule(dataset);
    },
  };
}
