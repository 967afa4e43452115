import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { hydrationChunks, hydrationStylesheets, prerenderedHtml } from './prerenderPlugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], isDynamicEntry = true, css: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isDynamicEntry, isEntry: fileName.startsWith('assets/index-'), viteMetadata: { importedCss: new Set(css) } }) as unknown as Rollup.OutputChunk;

// The shape of a real build: the entry, four views sharing a chunk, the map loader, and two chunks fetched later.
const BUNDLE = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/src/main.tsx', ['assets/react-1.js'], false, ['assets/index-1.css']),
    chunk('assets/react-1.js', null, [], false),
    chunk('assets/SalesView-1.js', '/app/src/charts/sales/SalesView.tsx', ['assets/shared-1.js', 'assets/index-1.js']),
    chunk('assets/EvView-1.js', '/app/src/charts/ev/EvView.tsx', ['assets/shared-1.js']),
    chunk('assets/OwnershipView-1.js', '/app/src/charts/ownership/OwnershipView.tsx', ['assets/shared-1.js']),
    chunk('assets/PlantsView-1.js', '/app/src/charts/plants/PlantsView.tsx', ['assets/shared-1.js', 'assets/geo-1.js'], true, ['assets/PlantsView-1.css']),
    chunk('assets/useWorldAtlas-1.js', '/app/src/charts/plants/useWorldAtlas.ts', []),
    chunk('assets/shared-1.js', null, [], false),
    chunk('assets/geo-1.js', null, [], false),
    chunk('assets/SalesChart-1.js', '/app/src/charts/sales/SalesChart.tsx', ['assets/shared-1.js']),
    chunk('assets/server.browser-1.js', '/app/node_modules/react-dom/server.browser.js', []),
    chunk('assets/SourcePanel-1.js', '/app/src/components/SourcePanel.tsx', ['assets/index-1.js'], true, ['assets/SourcePanel-1.css']),
  ].map((c) => [c.fileName, c]),
);

describe('hydrationChunks', () => {
  it('lists the four views, the map loader and what they import — not the sales chart or the image renderer, fetched after hydration', () => {
    expect(hydrationChunks(BUNDLE)).toEqual([
      'assets/EvView-1.js',
      'assets/OwnershipView-1.js',
      'assets/PlantsView-1.js',
      'assets/SalesView-1.js',
      'assets/geo-1.js',
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/shared-1.js',
      'assets/useWorldAtlas-1.js',
    ]);
  });
});

describe('hydrationStylesheets', () => {
  it('lists the stylesheets of the entry and the views — not those of UI fetched on demand', () => {
    expect(hydrationStylesheets(BUNDLE)).toEqual(['assets/PlantsView-1.css', 'assets/index-1.css']);
  });
});

describe('prerenderedHtml', () => {
  const template = '<html lang="en"><head><script src="/prerender-guard.js"></script><script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/react-1.js"></head><body><div id="root"></div></body></html>';
  const page = { html: '<main>charts</main>', rootStyle: '--bg: #fff' };
  const html = prerenderedHtml(template, page, 'abc', {
    stylesheets: ['/assets/index-1.css'],
    modules: ['/assets/index-1.js', '/assets/react-1.js', '/assets/SalesView-1.js'],
    data: ['/data/alliance.json'],
    mapOutlines: '/assets/countries-1.json',
    base: '/',
  });

  it('links each module and data file the hydration waits for once, skipping what the template already loads', () => {
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/SalesView-1.js">');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/data/alliance.json">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-1.css">');
    expect(html.match(/\/assets\/index-1\.js/g)).toHaveLength(1);
    expect(html.match(/\/assets\/react-1\.js/g)).toHaveLength(1);
  });

  it('hands the map outlines to the guard, which preloads them only for a page with the map, and does not link them', () => {
    expect(html).toContain('<script src="/prerender-guard.js" data-map-outlines="/assets/countries-1.json"></script>');
    expect(html).not.toContain('href="/assets/countries-1.json"');
  });

  it('refuses a template without the guard, which would leave the outlines unfetched until hydration', () => {
    expect(() => prerenderedHtml(template.replace('/prerender-guard.js', '/other.js'), page, 'abc', { stylesheets: [], modules: [], data: [], mapOutlines: '/a.json', base: '/' })).toThrow(/prerender-guard/);
    // Under a base path, Vite writes the guard's address with it.
    const based = prerenderedHtml(template.replace('/prerender-guard.js', '/atlas/prerender-guard.js'), page, 'abc', { stylesheets: [], modules: [], data: [], mapOutlines: '/atlas/c.json', base: '/atlas/' });
    expect(based).toContain('<script src="/atlas/prerender-guard.js" data-map-outlines="/atlas/c.json"></script>');
  });

  it('puts the pre-rendered page and the dataset digest in #root, and the theme on <html>', () => {
    expect(html).toContain('<div id="root" data-dataset="abc"><main>charts</main></div>');
    expect(html).toContain('<html lang="en" data-theme="light" style="--bg: #fff">');
  });
});
