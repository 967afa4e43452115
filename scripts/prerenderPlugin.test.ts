import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { createHash } from 'node:crypto';
import { hydrationChunks, inlineGuard, inlineStylesheets, prerenderedHtml } from './prerenderPlugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], isDynamicEntry = true) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isDynamicEntry, isEntry: fileName.startsWith('assets/index-') }) as unknown as Rollup.OutputChunk;

// The shape of a real build: the entry, four views sharing a chunk, the map loader, and two chunks fetched later.
const BUNDLE = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/src/main.tsx', ['assets/react-1.js'], false),
    chunk('assets/react-1.js', null, [], false),
    chunk('assets/SalesView-1.js', '/app/src/charts/sales/SalesView.tsx', ['assets/shared-1.js', 'assets/index-1.js']),
    chunk('assets/EvView-1.js', '/app/src/charts/ev/EvView.tsx', ['assets/shared-1.js']),
    chunk('assets/OwnershipView-1.js', '/app/src/charts/ownership/OwnershipView.tsx', ['assets/shared-1.js']),
    chunk('assets/PlantsView-1.js', '/app/src/charts/plants/PlantsView.tsx', ['assets/shared-1.js', 'assets/geo-1.js']),
    chunk('assets/useWorldAtlas-1.js', '/app/src/charts/plants/useWorldAtlas.ts', []),
    chunk('assets/shared-1.js', null, [], false),
    chunk('assets/geo-1.js', null, [], false),
    chunk('assets/SalesChart-1.js', '/app/src/charts/sales/SalesChart.tsx', ['assets/shared-1.js']),
    chunk('assets/server.browser-1.js', '/app/node_modules/react-dom/server.browser.js', []),
    chunk('assets/SourcePanel-1.js', '/app/src/components/SourcePanel.tsx', ['assets/index-1.js']),
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

describe('inlineStylesheets', () => {
  const files = new Map([['/assets/style-1.css', '.card{margin:0}'], ['/assets/print-1.css', '@media print{.card{break-inside:avoid}}']]);
  const read = (href: string) => files.get(href) ?? '';
  const head = '<head><link rel="stylesheet" crossorigin href="/assets/style-1.css"><title>t</title><link rel="stylesheet" crossorigin href="/assets/print-1.css"></head>';

  it('writes each linked stylesheet into a <style> where its link was, and names the files inlined', () => {
    expect(inlineStylesheets(head, read)).toEqual({
      html: '<head><style>.card{margin:0}</style><title>t</title><style>@media print{.card{break-inside:avoid}}</style></head>',
      inlined: ['/assets/style-1.css', '/assets/print-1.css'],
    });
  });

  it('leaves a page without stylesheet links as it is', () => {
    expect(inlineStylesheets('<head><link rel="modulepreload" crossorigin href="/assets/a.js"></head>', read)).toEqual({ html: '<head><link rel="modulepreload" crossorigin href="/assets/a.js"></head>', inlined: [] });
  });

  it('refuses a stylesheet link it cannot inline, which would hold the first paint', () => {
    expect(() => inlineStylesheets('<head><link rel="stylesheet" href="/assets/style-1.css"></head>', read)).toThrow(/could not inline/);
  });

  it('refuses a stylesheet that would end its <style> early', () => {
    expect(() => inlineStylesheets(head, () => 'a::after{content:"</STYLE>"}')).toThrow(/<\/style/);
  });
});

describe('inlineGuard', () => {
  const head = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /><script src="/prerender-guard.js" data-map-outlines="/a.json"></script><title>t</title></head>`;
  const source = '(function () { document.documentElement.dataset.x = "1"; })();\n';

  it('writes the guard into the page with its attributes, and lets the CSP run exactly that text by its SHA-256', () => {
    const hash = createHash('sha256').update(source).digest('base64');
    expect(inlineGuard(head, '/prerender-guard.js', source)).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'" />` +
        `<script data-map-outlines="/a.json">${source}</script><title>t</title></head>`,
    );
  });

  it('refuses a page without the guard or without a script-src, and a guard that would end its element early', () => {
    expect(() => inlineGuard(head, '/atlas/prerender-guard.js', source)).toThrow(/no <script src="\/atlas\/prerender-guard\.js"/);
    expect(() => inlineGuard(head.replace("script-src 'self'; ", ''), '/prerender-guard.js', source)).toThrow(/CSP/);
    expect(() => inlineGuard(head, '/prerender-guard.js', 'x = "</SCRIPT>";')).toThrow(/<\/script/);
    expect(() => inlineGuard(head, '/prerender-guard.js', 'x = "<!-- <script>";')).toThrow(/<!--/);
  });

  it('writes and hashes a CRLF file as the browser parses it, with LF line breaks', () => {
    const hash = createHash('sha256').update(source).digest('base64');
    expect(inlineGuard(head, '/prerender-guard.js', source.replace(/\n/g, '\r\n'))).toBe(inlineGuard(head, '/prerender-guard.js', source));
    expect(inlineGuard(head, '/prerender-guard.js', source)).toContain(`'sha256-${hash}'`);
  });
});

describe('prerenderedHtml', () => {
  const template =
    '<html lang="en"><head><script src="/prerender-guard.js"></script><link rel="expect" href="#root-parsed" blocking="render" />' +
    '<script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/react-1.js"></head><body><div id="root"></div></body></html>';
  const page = { html: '<main>charts</main>', rootStyle: '--bg: #fff', firstFrameEnd: 'ev-title' };
  const html = prerenderedHtml(template, page, 'abc', {
    modules: ['/assets/index-1.js', '/assets/react-1.js', '/assets/SalesView-1.js'],
    data: ['/data/alliance.json'],
    mapOutlines: '/assets/countries-1.json',
    base: '/',
  });

  it('puts the entry, each module and data file the hydration waits for once, in the start template before the guard', () => {
    expect(html).toContain(
      '<head><template id="app-start"><script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/react-1.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/SalesView-1.js"><link rel="preload" as="fetch" crossorigin href="/data/alliance.json"></template>\n' +
        '    <script src="/prerender-guard.js" data-map-outlines="/assets/countries-1.json"></script><link rel="expect" href="#ev-title" blocking="render" /></head>',
    );
    expect(html.match(/\/assets\/index-1\.js/g)).toHaveLength(1);
    expect(html.match(/\/assets\/react-1\.js/g)).toHaveLength(1);
  });

  it('refuses a template without an entry module, which nothing would start', () => {
    expect(() => prerenderedHtml(template.replace('type="module" ', ''), page, 'abc', { modules: [], data: [], mapOutlines: '/a.json', base: '/' })).toThrow(/entry module/);
  });

  it('hands the map outlines to the guard, which preloads them only for a page with the map, and does not link them', () => {
    expect(html).toContain('<script src="/prerender-guard.js" data-map-outlines="/assets/countries-1.json"></script>');
    expect(html).not.toContain('href="/assets/countries-1.json"');
  });

  it('refuses a template without the guard, which would leave the outlines unfetched until hydration', () => {
    expect(() => prerenderedHtml(template.replace('/prerender-guard.js', '/other.js'), page, 'abc', { modules: [], data: [], mapOutlines: '/a.json', base: '/' })).toThrow(/prerender-guard/);
    // Under a base path, Vite writes the guard's address with it.
    const based = prerenderedHtml(template.replace('/prerender-guard.js', '/atlas/prerender-guard.js'), page, 'abc', { modules: [], data: [], mapOutlines: '/atlas/c.json', base: '/atlas/' });
    expect(based).toContain('<script src="/atlas/prerender-guard.js" data-map-outlines="/atlas/c.json"></script>');
  });

  it('lets the first frame render once the first card is parsed (the second card\'s title begins), not all of #root', () => {
    expect(html).toContain('<link rel="expect" href="#ev-title" blocking="render" />');
    expect(html).not.toContain('#root-parsed');
    // One view: nothing is held back, and rendering waits for all of #root as in the template.
    expect(prerenderedHtml(template, { ...page, firstFrameEnd: null }, 'abc', { modules: [], data: [], mapOutlines: '/a.json', base: '/' })).toContain('href="#root-parsed"');
    expect(() => prerenderedHtml(template.replace(' blocking="render"', ''), page, 'abc', { modules: [], data: [], mapOutlines: '/a.json', base: '/' })).toThrow(/expect/);
  });

  it('puts the pre-rendered page and the dataset digest in #root, and the theme on <html>', () => {
    expect(html).toContain('<div id="root" data-dataset="abc"><main>charts</main></div>');
    expect(html).toContain('<html lang="en" data-theme="light" style="--bg: #fff">');
  });
});
