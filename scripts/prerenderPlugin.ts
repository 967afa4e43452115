/**
 * Build step: after `vite build` has written the client, render the dashboard's default state to HTML with
 * react-dom/server and write it into the built index.html, so the four charts paint before any script runs
 * (main.tsx then hydrates it). A plugin rather than a second command, so every way the project builds —
 * `npm run build`, `npm start`, `npm test`, `npx vite build --outDir …` in the benchmark — pre-renders.
 *
 * The server entry (src/prerender/renderPage.tsx) is loaded through a Vite dev server in middleware mode
 * (`ssrLoadModule`): the same TypeScript, CSS and `?url` imports as the client, no second bundle to keep.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { fileDigest } from '../src/data/fileDigest.ts';
import { minifyGuard } from './minifyGuard.ts';

/** What src/prerender/renderPage.tsx returns (typed here: the node tsconfig does not compile JSX). */
interface PrerenderedPage {
  html: string;
  rootStyle: string;
  firstFrameEnd: string | null;
}
type RenderPage = (datasetBody: unknown, topology: unknown) => Promise<PrerenderedPage>;

const ROOT_MARKUP = '<div id="root"></div>';

/** What the page needs before it can hydrate, beyond its entry script: started with it, so it downloads in parallel. */
interface HeadLinks {
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

/** A stylesheet link Vite writes into index.html: the build's one stylesheet (build.cssCodeSplit is off). */
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g;

/**
 * `html` with each stylesheet it links written into a <style> in its place (`read` gives a linked file's text),
 * and the files inlined. A linked stylesheet blocks the first paint until it has come in: probes, 9 loads each
 * interleaved with the reference page, put the pre-rendered page's first paint ~50 ms earlier with its styles
 * in the HTML (1.12× → 0.95× and 1.09× → 1.01× the reference page's chart). The CSP allows inline styles.
 */
export function inlineStylesheets(html: string, read: (href: string) => string): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(STYLESHEET_LINK, (_link, href: string) => {
    const css = read(href);
    // The build's own CSS; a "</style" in it would end the element early.
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} holds "</style"`);
    inlined.push(href);
    return `<style>${css}</style>`;
  });
  // A link written another way would stay, and hold the first paint again.
  if (out.includes('rel="stylesheet"')) throw new Error('prerender: index.html links a stylesheet it could not inline');
  return { html: out, inlined };
}

/**
 * `html` with the guard script (`<script src="…prerender-guard.js" …>`) written into the page, its attributes
 * kept, and its SHA-256 added to the CSP's script-src: the one inline script the page may run, pinned to its
 * text. Fetched, it held the parser for a request before the first paint: probes, 9–11 loads each interleaved
 * with the reference page, put the first paint 12–28 ms earlier with it inline (0.74× against 0.83×).
 */
export function inlineGuard(html: string, guardPath: string, file: string): string {
  const open = `<script src="${guardPath}"`;
  const at = html.indexOf(open);
  const end = html.indexOf('></script>', at);
  if (at < 0 || end < 0) throw new Error(`prerender: index.html has no ${open}…></script>`);
  // The browser hashes the script as parsed, its line breaks made LF: so does this (a CRLF checkout would
  // otherwise give a hash the CSP never matches, and the app would not start).
  const source = file.replace(/\r\n?/g, '\n');
  // Any of these would change how the script element is parsed.
  if (/<!--|<script|<\/script/i.test(source)) throw new Error('prerender: the guard script holds "<!--", "<script" or "</script"');
  const hash = createHash('sha256').update(source, 'utf8').digest('base64');
  const csp = "script-src 'self'";
  if (!html.includes(csp)) throw new Error(`prerender: index.html's CSP has no ${csp}`);
  const attributes = html.slice(at + open.length, end);
  return (html.slice(0, at) + `<script${attributes}>${source}</script>` + html.slice(end + '></script>'.length)).replace(csp, () => `${csp} 'sha256-${hash}'`);
}

/** Where index.html links the guard script (public/prerender-guard.js), under the build's base. */
const guardHref = (base: string) => `${base}prerender-guard.js`;

/** index.html's render-blocking link, up to its closing: rendering waits for #root to be parsed (see index.html). */
const RENDER_BLOCK = '<link rel="expect" href="#root-parsed" blocking="render"';

/** The tags with which Vite starts the app: the entry module and its static imports' preloads. */
const START_TAG = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/**
 * index.html with the pre-rendered app, the theme's colours on <html>, and the map outlines' address on the guard
 * script. `digest` (fileDigest of the dataset file drawn) goes on #root: the client hydrates, without validating
 * again, only a fetched file with the same digest.
 * The app's scripts — the entry, every chunk the views hydrate with and the dataset's preload — go in
 * <template id="app-start"> before the guard, which starts them (public/prerender-guard.js): on the pre-rendered
 * page once it is painted, on any other at once. Fetched, compiled and run before, they took the two cores the
 * first frame was rasterized on: probes, 9 loads each interleaved with the reference page, put the first paint
 * 30–70 ms earlier with them held (0.93× → 0.83× and 1.04× → 0.84× the reference page's chart); the page
 * then answers input later after its first paint (README, Performance).
 */
export function prerenderedHtml(template: string, page: PrerenderedPage, digest: string, { modules, data, mapOutlines, base }: HeadLinks): string {
  const guard = `<script src="${guardHref(base)}"`;
  if (!template.includes(ROOT_MARKUP)) throw new Error(`prerender: index.html has no ${ROOT_MARKUP}`);
  if (!template.includes(RENDER_BLOCK)) throw new Error(`prerender: index.html has no ${RENDER_BLOCK}`);
  if (!template.includes(`${guard}>`)) throw new Error(`prerender: index.html has no ${guard}>`);
  const head = template.slice(0, template.indexOf('</head>'));
  const viteTags = head.match(START_TAG) ?? [];
  if (!viteTags.some((tag) => tag.startsWith('<script'))) throw new Error('prerender: index.html has no entry module script');
  // Without the module and data links, those requests start only once the entry script has run; with them,
  // alongside it. crossorigin on the data makes the preload's request match main.tsx's fetch (same-origin CORS
  // mode), so the fetch reuses it.
  const link = (attributes: string) => (href: string) => (head.includes(`"${href}"`) ? [] : [`<link ${attributes} href="${href}">`]);
  const startTags = [...viteTags, ...modules.flatMap(link('rel="modulepreload" crossorigin')), ...data.flatMap(link('rel="preload" as="fetch" crossorigin'))];
  // Each tag on a line of its own, as Vite writes them: the emptied lines go too.
  const withoutStart = viteTags.reduce((html, tag) => html.replace(tag, ''), head).replace(/\n[ \t]*(?=\n)/g, '') + template.slice(head.length);
  // Function replacers: a "$&" or "$'" in the rendered page is text, not a replacement pattern.
  return withoutStart
    .replace('<html lang="en">', () => `<html lang="en" data-theme="light" style="${page.rootStyle}">`)
    .replace(`${guard}>`, () => `<template id="app-start">${startTags.join('')}</template>\n    ${guard} data-map-outlines="${mapOutlines}">`)
    .replace(ROOT_MARKUP, () => `<div id="root" data-dataset="${digest}">${page.html}</div>`)
    // The first frame needs the page down to the first card; the guard holds the others back a frame. Parsing
    // the other ~75% of the HTML (the map's outlines alone are 107 KB) before it put the first chart 16–24 ms later
    // (probes of 11–15 loads interleaved with the reference page: 0.65–0.66x against 0.61x its chart).
    .replace(RENDER_BLOCK, () => (page.firstFrameEnd ? `<link rel="expect" href="#${page.firstFrameEnd}" blocking="render"` : RENDER_BLOCK));
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
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
      // The stylesheet is written into the page and its file deleted: no chunk may link CSS of its own.
      const linksCss = [...chunksByName(bundle).values()].filter((chunk) => (chunk.viteMetadata?.importedCss.size ?? 0) > 0);
      if (config.build.cssCodeSplit !== false || linksCss.length > 0) throw new Error(`prerender: CSS split per chunk (${linksCss.map((c) => c.fileName).join(', ')}); set build.cssCodeSplit: false`);
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
        const html = prerenderedHtml(readFileSync(indexPath, 'utf8'), page, digest, { modules, data, mapOutlines, base: config.base });
        const fileOf = (href: string) => resolve(outDir, href.slice(config.base.length));
        const inlined = inlineStylesheets(html, (href) => readFileSync(fileOf(href), 'utf8'));
        const guard = guardHref(config.base);
        writeFileSync(indexPath, inlineGuard(inlined.html, guard, await minifyGuard(readFileSync(fileOf(guard), 'utf8'))));
        // Nothing links the files inlined (one stylesheet, no per-chunk CSS): they would only be dead weight.
        for (const href of [...inlined.inlined, guard]) rmSync(fileOf(href));
      } finally {
        await server.close();
      }
    },
  };
}
