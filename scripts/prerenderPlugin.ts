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
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { fileDigest } from '../src/data/fileDigest.ts';

/** What src/prerender/renderPage.tsx returns (typed here: the node tsconfig does not compile JSX). */
interface PrerenderedPage {
  html: string;
  rootStyle: string;
}
type RenderPage = (datasetBody: unknown, topology: unknown) => Promise<PrerenderedPage>;

const ROOT_MARKUP = '<div id="root"></div>';

/**
 * index.html with the pre-rendered app, the theme's colours on <html>, and every stylesheet linked. `digest`
 * (fileDigest of the dataset file drawn) goes on #root: the client hydrates, without validating again, only a
 * fetched file with the same digest.
 */
export function prerenderedHtml(template: string, page: PrerenderedPage, digest: string, stylesheets: readonly string[]): string {
  if (!template.includes(ROOT_MARKUP)) throw new Error(`prerender: index.html has no ${ROOT_MARKUP}`);
  // The view stylesheets are split per chunk and would arrive with each view's script; the pre-rendered
  // charts need them before first paint. Vite's loader skips a stylesheet already linked.
  const links = stylesheets
    .filter((href) => !template.includes(`href="${href}"`))
    .map((href) => `  <link rel="stylesheet" crossorigin href="${href}">\n  `)
    .join('');
  return template
    .replace('<html lang="en">', `<html lang="en" data-theme="light" style="${page.rootStyle}">`)
    .replace('</head>', `${links}</head>`)
    .replace(ROOT_MARKUP, `<div id="root" data-dataset="${digest}">${page.html}</div>`);
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let stylesheets: string[] = [];
  return {
    name: 'alliance-atlas-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      stylesheets = Object.values(bundle)
        .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
        .map((file) => `${config.base}${file.fileName}`);
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
        writeFileSync(indexPath, prerenderedHtml(readFileSync(indexPath, 'utf8'), page, digest, stylesheets));
      } finally {
        await server.close();
      }
    },
  };
}
