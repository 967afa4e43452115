import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DOM_UNIT_TESTS, FRESH_NODE_TESTS } from '../vite.config';

const ROOT = resolve(__dirname, '..');

/** Every .test.ts file under `dir`, as a path from the repository root. */
function testFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, join(ROOT, path))] : [];
  });
}

// The Node project's files share one module graph (isolate: false, vite.config.ts). A file there that mocks or
// resets modules changes them for every later file in its worker: it must be listed to run on its own.
const REPLACES_MODULES = /\bvi\.(?:mock|doMock|unmock|doUnmock|resetModules)\(/;

describe('the Node unit tests that share a module graph', () => {
  it('leave modules as they are: a file that mocks or resets modules runs in its own project', () => {
    const shared = [...testFiles('src'), ...testFiles('scripts')].filter((file) => !DOM_UNIT_TESTS.includes(file) && !FRESH_NODE_TESTS.includes(file));
    expect(shared.length).toBeGreaterThan(50);
    expect(shared.filter((file) => REPLACES_MODULES.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('lists only files that exist and do replace modules', () => {
    expect(FRESH_NODE_TESTS.filter((file) => !REPLACES_MODULES.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
