import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/schema.ts';
import { asImports, datasetShapeModule } from './precompileValidator.ts';

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
