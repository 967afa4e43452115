import { describe, expect, it } from 'vitest';
import { inFirstLoad, sharedChunk } from './sharedChunk';

// A graph shaped like the app's: the entry, two views, a chart fetched later, the export code, and a cycle.
const IMPORTERS: Record<string, string[]> = {
  '/app/src/main.tsx': [],
  '/app/src/App.tsx': ['/app/src/main.tsx'],
  '/app/src/charts/sales/SalesView.tsx': [],
  '/app/src/charts/ev/EvView.tsx': [],
  '/app/src/components/ChartCard.tsx': ['/app/src/charts/sales/SalesView.tsx', '/app/src/charts/ev/EvView.tsx', '/app/src/export/ExportDialog.tsx'],
  '/app/node_modules/react/index.js': ['/app/src/App.tsx', '/app/src/charts/sales/SalesChart.tsx'],
  '/app/src/charts/sales/SalesChart.tsx': [],
  '/app/node_modules/recharts/index.js': ['/app/src/charts/sales/SalesChart.tsx'],
  '/app/src/export/ExportDialog.tsx': [],
  '/app/src/export/svg.ts': ['/app/src/export/ExportDialog.tsx', '/app/src/export/png.ts'],
  '/app/src/export/png.ts': ['/app/src/export/svg.ts'],
  '/app/src/data/a.ts': ['/app/src/data/b.ts'],
  '/app/src/data/b.ts': ['/app/src/data/a.ts', '/app/src/charts/ev/EvView.tsx'],
};
const graph = {
  getModuleInfo: (id: string) => {
    const importers = IMPORTERS[id];
    return importers === undefined ? null : { isEntry: id.endsWith('/main.tsx'), importers };
  },
};

describe('inFirstLoad', () => {
  it('takes the entry, the views and what they import statically, however deep', () => {
    expect(['/app/src/main.tsx', '/app/src/App.tsx', '/app/src/charts/ev/EvView.tsx', '/app/src/components/ChartCard.tsx', '/app/node_modules/react/index.js'].map((id) => inFirstLoad(id, graph))).toEqual([true, true, true, true, true]);
  });

  it('leaves out what only code fetched later imports: the Recharts chart and the export code', () => {
    expect(['/app/src/charts/sales/SalesChart.tsx', '/app/node_modules/recharts/index.js', '/app/src/export/ExportDialog.tsx', '/app/src/export/svg.ts', '/app/src/export/png.ts'].map((id) => inFirstLoad(id, graph))).toEqual([false, false, false, false, false]);
  });

  it('follows an import cycle to a view, from either module of it', () => {
    expect(inFirstLoad('/app/src/data/a.ts', graph)).toBe(true);
    expect(inFirstLoad('/app/src/data/b.ts', graph)).toBe(true);
  });

  it('answers no for a module the graph does not know', () => {
    expect(inFirstLoad('/app/src/gone.ts', graph)).toBe(false);
  });
});

describe('sharedChunk', () => {
  it('names first-load modules "shared", nothing else, and asks for two importing chunks', () => {
    const group = sharedChunk();
    expect(group.minShareCount).toBe(2);
    expect(group.name('/app/src/components/ChartCard.tsx', graph)).toBe('shared');
    expect(group.name('/app/src/export/svg.ts', graph)).toBeNull();
  });

  it('asks again for a new module graph: a rebuild where a view now imports the export code takes it', () => {
    const group = sharedChunk();
    expect(group.name('/app/src/export/svg.ts', graph)).toBeNull();
    const rebuilt = {
      getModuleInfo: (id: string) => {
        const info = graph.getModuleInfo(id);
        return info && id === '/app/src/export/svg.ts' ? { ...info, importers: [...info.importers, '/app/src/charts/ev/EvView.tsx'] } : info;
      },
    };
    expect(group.name('/app/src/export/svg.ts', rebuilt)).toBe('shared');
  });
});
