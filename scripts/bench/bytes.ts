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

/** JS and CSS of `dir` that a page fetched (resource URLs seen in the browser), raw and gzip. */
export function loadedBytes(dir: string, urls: readonly string[]) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))];
  return { js: sizeOf(dir, files.filter((f) => f.endsWith('.js'))), css: sizeOf(dir, files.filter((f) => f.endsWith('.css'))) };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** Sizes of the build in `dir`. Initial = what index.html pulls in before any script runs (entry, modulepreloads, stylesheets) plus the HTML itself. */
export function measureBytes(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const all = listFiles(dir);
  const size = (files: readonly string[]) => sizeOf(dir, files);
  const ofType = (files: string[], ext: string) => files.filter((f) => f.endsWith(ext));
  return {
    html: size(['index.html']),
    initial: { js: size(ofType(initial, '.js')), css: size(ofType(initial, '.css')) },
    all: { js: size(ofType(all, '.js')), css: size(ofType(all, '.css')) },
    data: { dataset: size(['data/alliance.json']), other: size(all.filter((f) => f.endsWith('.json') && f !== 'data/alliance.json')) },
  };
}
