import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/schema.ts';
import { z } from 'zod';
import { asImports, datasetShapeModule, rulesJsonSchemaLoses } from './precompileValidator.ts';

describe('the dataset schema compiled for the page', () => {
  const code = datasetShapeModule(Dataset);

  it('is an ES module that builds no code at run time (the CSP forbids eval) and needs no require', () => {
    expect(code).toMatch(/export default validate\d+/);
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });

  it('imports the app’s own module for each runtime helper Ajv would require, and refuses a helper it has none for', () => {
    const helper = fileURLToPath(new URL('../src/data/codePointLength.ts', import.meta.url));
    expect(asImports('"use strict";const func3 = require("ajv/dist/runtime/ucs2length").default;f(func3(s));')).toBe(
      `import runtime0 from ${JSON.stringify(helper)};\n"use strict";const func3 = runtime0;f(func3(s));`,
    );
    expect(code).toContain(`import runtime0 from ${JSON.stringify(helper)};`);
    expect(() => asImports('const f = require("ajv/dist/runtime/equal").default;')).toThrow('runtime helper "equal"');
  });
});

describe('rules JSON Schema would lose', () => {
  it('finds none in the dataset schema (its root refinement is the checks across records, run beside the compiled check)', () => {
    expect(rulesJsonSchemaLoses(Dataset)).toEqual([]);
  });

  it('names each rule z.toJSONSchema drops without a word, where it is, and the build refuses them', () => {
    const shape = z.object({
      code: z.string().regex(/^ab$/i),
      name: z.string().trim(),
      note: z.string().refine((s) => s.length > 1).optional(),
      size: z.string().transform(Number),
      items: z.array(z.object({ when: z.date() })),
    });
    expect(rulesJsonSchemaLoses(shape)).toEqual([
      'the pattern flags "i" on the dataset.code',
      'a "overwrite" check on the dataset.name',
      'a custom check on the dataset.note',
      'a pipe at the dataset.size',
      'a date at the dataset.items[].when',
    ]);
    expect(() => datasetShapeModule(shape as unknown as typeof Dataset)).toThrow('the compiled check would skip the pattern flags "i"');
  });
});
