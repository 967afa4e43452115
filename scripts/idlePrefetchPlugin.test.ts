import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { idleFiles, markedImports } from './idlePrefetchPlugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], moduleIds: string[]) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, moduleIds }) as unknown as Rollup.OutputChunk;

// The shape of a real build: the entry and what it imports, a view, and three chunks imported on demand.
const BUNDLE = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/src/main.tsx', ['assets/react-1.js'], ['/app/src/main.tsx', '/app/src/i18n/messages/en.ts']),
    chunk('assets/react-1.js', null, [], ['/app/node_modules/react/index.js']),
    chunk('assets/EvView-1.js', '/app/src/charts/ev/EvView.tsx', ['assets/words-1.js', 'assets/index-1.js'], ['/app/src/charts/ev/EvView.tsx']),
    chunk('assets/words-1.js', null, [], ['/app/src/components/words.ts']),
    chunk('assets/ExportDialog-1.js', '/app/src/components/ExportDialog.tsx', ['assets/words-1.js', 'assets/react-1.js'], ['/app/src/components/ExportDialog.tsx']),
    chunk('assets/SourcePanel-1.js', '/app/src/components/SourcePanel.tsx', ['assets/index-1.js'], ['/app/src/components/SourcePanel.tsx']),
    chunk('assets/fr-1.js', '/app/src/i18n/dataTexts/fr.json?raw', [], ['/app/src/i18n/dataTexts/fr.json?raw']),
    // A marked module Rolldown put in a chunk it is not the facade of.
    chunk('assets/shared-1.js', null, [], ['/app/src/export/kit.ts', '/app/src/export/svg.ts']),
  ].map((c) => [c.fileName, c]),
);

describe('markedImports', () => {
  it('finds the imports marked for idle time, and only those', () => {
    const code = "const a = () => import(/* idle-prefetch */ './ExportDialog');\nconst b = () => import('./SalesChart');\nimport(/*idle-prefetch*/'../dataTexts/fr.json?raw');";
    expect(markedImports(code)).toEqual(['./ExportDialog', '../dataTexts/fr.json?raw']);
  });

  it('refuses a mark it cannot read (a double-quoted path), rather than leave that import unfetched', () => {
    expect(() => markedImports('import(/* idle-prefetch */ "./ExportDialog");')).toThrow(/1 mark\(s\) not on an import/);
  });
});

describe('idleFiles', () => {
  it('lists the marked modules’ chunks and what they import — not what the entry already loads', () => {
    const marked = new Set(['/app/src/components/ExportDialog.tsx', '/app/src/components/SourcePanel.tsx', '/app/src/i18n/dataTexts/fr.json?raw', '/app/src/export/kit.ts']);
    expect(idleFiles(BUNDLE, 'assets/index-1.js', marked)).toEqual([
      'assets/ExportDialog-1.js',
      'assets/SourcePanel-1.js',
      'assets/fr-1.js',
      'assets/shared-1.js',
      // Loaded with the EV view at start, but not by a page of another chart: listed (a preload of a loaded module fetches nothing).
      'assets/words-1.js',
    ]);
  });

  it('lists nothing for a marked module the entry holds, and refuses one no chunk holds (a mark that lost its module)', () => {
    expect(idleFiles(BUNDLE, 'assets/index-1.js', new Set(['/app/src/i18n/messages/en.ts']))).toEqual([]);
    expect(() => idleFiles(BUNDLE, 'assets/index-1.js', new Set(['/app/src/components/Gone.tsx']))).toThrow(/no chunk holds \/app\/src\/components\/Gone\.tsx/);
  });
});
