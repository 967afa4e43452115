/**
 * Build step: after `vite build` has written the client, render the dashboard's default state to HTML with
 * react-dom/server and write it into the built index.html, so the four charts paint before any script runs
 * (main.tsx then hydrates it). A plugin rather than a second command, so every way the project builds —
 * `npm run build`, `npm start`, `npm test`, `npx vite build --outDir …` in the benchmark — pre-renders.
 *
 * The server entry (src/prerender/renderPage.tsx) is loaded through a Vite dev server in middleware mode
 * (`ssrLoadModule`): the same TypeScript, CSS and `?url` imports as the client, no second bundle to keep.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { fileDigest } from '../src/data/fileDigest.ts';

/** What src/prerender/renderPage.tsx returns (typed here: the node tsconfig does not compile JSX). */
interface PrerenderedPage {
  html: string;
  rootStyle: string;
}
type RenderPage = (datasetBody: unknown, topology: unknown) => Promise<PrerenderedPage>;

const ROOT_MARKUP = '<div id="root"></div>';

/** What the page needs before it can hydrate, beyond its entry script: fetched from the head so it downloads in parallel. */
interface HeadLinks {
  stylesheets: readonly string[];
  /** The view chunks and their imports (Vite links only the entry's static imports). */
  modules: readonly string[];
  /** The dataset, fetched by main.tsx (useDataset) before hydrating. */
  data: readonly string[];
  /**
   * The map outlines, also fetched before hydrating, but only where the page shows the map: a preload in the
   * HTML would fetch them for ?chart=sales too (39 KB gzip an embed never draws, and a console warning that a
   * preload went unused). public/prerender-guard.js preloads them from its data-map-outlines attribute.
   */
  mapOutlines: string;
  /** The build's base path, which Vite puts before public files such as the guard script in index.html. */
  base: string;
}

/** The bundle's chunks by file name. */
export function chunksByName(bundle: Rollup.OutputBundle): Map<string, Rollup.OutputChunk> {
  return new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
}

/** The chunks named, with every chunk they import (statically, at any depth), sorted. */
export function withImports(chunks: ReadonlyMap<string, Rollup.OutputChunk>, roots: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...found].sort();
}

/** The modules the pre-rendered page hydrates with beyond the entry's: the four views and the map outlines' loader. */
export const HYDRATION_MODULE = /\/src\/charts\/[a-z]+\/(?:[A-Za-z]+View|useWorldAtlas)\.tsx?$/;

/** The chunks the four views and the map outlines' loader are built into, with every chunk they import. */
export function hydrationChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = chunksByName(bundle);
  const roots = [...chunks.values()].filter((chunk) => chunk.isDynamicEntry && HYDRATION_MODULE.test(chunk.facadeModuleId ?? ''));
  return withImports(chunks, roots.map((chunk) => chunk.fileName));
}

/**
 * The stylesheets the pre-rendered page needs before first paint: the entry's and the hydration chunks' —
 * not those of UI fetched on demand (the source panel, the export dialog), which load with their code.
 */
export function hydrationStylesheets(bundle: Rollup.OutputBundle): string[] {
  const chunks = chunksByName(bundle);
  const needed = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName).concat(hydrationChunks(bundle));
  return [...new Set(needed.flatMap((fileName) => [...(chunks.get(fileName)?.viteMetadata?.importedCss ?? [])]))].sort();
}

/**
 * index.html with the pre-rendered app, the theme's colours on <html>, every stylesheet, view chunk and the
 * dataset the hydration waits for linked in the head, and the map outlines' address on the guard script. `digest` (fileDigest of the dataset file drawn) goes on
 * #root: the client hydrates, without validating again, only a fetched file with the same digest.
 */
export function prerenderedHtml(template: string, page: PrerenderedPage, digest: string, { stylesheets, modules, data, mapOutlines, base }: HeadLinks): string {
  const guard = `<script src="${base}prerender-guard.js">`;
  if (!template.includes(ROOT_MARKUP)) throw new Error(`prerender: index.html has no ${ROOT_MARKUP}`);
  if (!template.includes(guard)) throw new Error(`prerender: index.html has no ${guard}`);
  // The view stylesheets are split per chunk and would arrive with each view's script; the pre-rendered
  // charts need them before first paint. Vite's loader skips a stylesheet already linked.
  // Without the module and data links, those requests start only once the entry script has run (~0.7 s
  // after navigation on this machine's benchmark); with them, alongside it. crossorigin on the data makes the
  // preload's request match main.tsx's fetch (same-origin CORS mode), so the fetch reuses it.
  const link = (attributes: string) => (href: string) => (template.includes(`"${href}"`) ? '' : `  <link ${attributes} href="${href}">\n  `);
  const links = [
    ...stylesheets.map(link('rel="stylesheet" crossorigin')),
    ...modules.map(link('rel="modulepreload" crossorigin')),
    ...data.map(link('rel="preload" as="fetch" crossorigin')),
  ].join('');
  return template
    .replace('<html lang="en">', `<html lang="en" data-theme="light" style="${page.rootStyle}">`)
    .replace('</head>', `${links}</head>`)
    .replace(guard, `<script src="${base}prerender-guard.js" data-map-outlines="${mapOutlines}">`)
    .replace(ROOT_MARKUP, `<div id="root" data-dataset="${digest}">${page.html}</div>`);
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let stylesheets: string[] = [];
  let modules: string[] = [];
  let data: string[] = [];
  let mapOutlines = '';
  return {
    name: 'alliance-atlas-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      stylesheets = hydrationStylesheets(bundle).map((fileName) => `${config.base}${fileName}`);
      modules = hydrationChunks(bundle).map((fileName) => `${config.base}${fileName}`);
      const atlas = Object.values(bundle).find((file) => file.type === 'asset' && file.names.includes('countries-110m.json'));
      if (!atlas) throw new Error('prerender: the build has no countries-110m.json asset');
      data = [`${config.base}data/alliance.json`];
      mapOutlines = `${config.base}${atlas.fileName}`;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { renderPage } = (await server.ssrLoadModule('/src/prerender/renderPage.tsx')) as { renderPage: RenderPage };
        const datasetText = readFileSync(resolve(config.publicDir, 'data/alliance.json'), 'utf8');
        const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
        const page = await renderPage(JSON.parse(datasetText), JSON.parse(readFileSync(atlasPath, 'utf8')));
        const digest = await fileDigest(datasetText);
        if (digest === null) throw new Error('prerender: Node offers no Web Crypto to digest the dataset');
        const indexPath = resolve(outDir, 'index.html');
        writeFileSync(indexPath, prerenderedHtml(readFileSync(indexPath, 'utf8'), page, digest, { stylesheets, modules, data, mapOutlines, base: config.base }));
      } finally {
        await server.close();
      }
    },
  };
}
