/** Sizes of the built assets in OUT_DIR, raw and gzip (level 9): initial load vs everything built, plus data. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes { raw: number; gzip: number; files: string[] }

function sizeOf(dir: string, files: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(join(dir, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: [...files] };
}

/** Sizes of texts, counted as one body (gzip compresses them together, as they travel in one file). */
function sizeOfText(texts: readonly string[], label: string): Bytes {
  const body = Buffer.from(texts.join(''));
  return { raw: body.length, gzip: texts.length ? gzipSync(body, { level: 9 }).length : 0, files: texts.length ? [label] : [] };
}

const plus = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, files: [...a.files, ...b.files] });

/**
 * The styles and scripts written into an index.html (the pre-render inlines the app's stylesheet and its guard
 * script), which every load of the page gets: counted as CSS and JS, not only as part of the HTML, so inlining
 * cannot hide them. A script with a src is a file, counted as one.
 */
function inline(html: string, tag: 'style' | 'script'): Bytes {
  const bodies = [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([^]*?)</${tag}>`, 'g'))].filter(([, attributes]) => !/\bsrc=/.test(attributes ?? '')).map(([, , body]) => body ?? '');
  return sizeOfText(bodies, `index.html <${tag}>`);
}

/** JS and CSS of `dir` that a page fetched (resource URLs seen in the browser) or holds inline, raw and gzip. */
export function loadedBytes(dir: string, urls: readonly string[]) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))];
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return { js: plus(inline(html, 'script'), sizeOf(dir, files.filter((f) => f.endsWith('.js')))), css: plus(inline(html, 'style'), sizeOf(dir, files.filter((f) => f.endsWith('.css')))) };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** Sizes of the build in `dir`. Initial = what index.html names (the entry and the preloads its guard starts, stylesheets, inline styles) plus the HTML itself. */
export function measureBytes(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const styles = inline(html, 'style');
  const scripts = inline(html, 'script');
  const all = listFiles(dir);
  const size = (files: readonly string[]) => sizeOf(dir, files);
  const ofType = (files: string[], ext: string) => files.filter((f) => f.endsWith(ext));
  return {
    html: size(['index.html']),
    initial: { js: plus(scripts, size(ofType(initial, '.js'))), css: plus(styles, size(ofType(initial, '.css'))) },
    all: { js: plus(scripts, size(ofType(all, '.js'))), css: plus(styles, size(ofType(all, '.css'))) },
    data: { dataset: size(['data/alliance.json']), other: size(all.filter((f) => f.endsWith('.json') && f !== 'data/alliance.json')) },
  };
}
