/** Sizes of the built assets in OUT_DIR, raw and gzip (level 9): initial load vs everything built, plus data. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from './config.ts';

export interface Bytes { raw: number; gzip: number; files: string[] }

function sizeOf(files: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(join(OUT_DIR, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: [...files] };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** Initial = what index.html pulls in before any script runs (entry, modulepreloads, stylesheets). */
export function measureBytes() {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const all = listFiles(OUT_DIR);
  const ofType = (files: string[], ext: string) => files.filter((f) => f.endsWith(ext));
  return {
    initial: { js: sizeOf(ofType(initial, '.js')), css: sizeOf(ofType(initial, '.css')) },
    all: { js: sizeOf(ofType(all, '.js')), css: sizeOf(ofType(all, '.css')) },
    data: { dataset: sizeOf(['data/alliance.json']), other: sizeOf(all.filter((f) => f.endsWith('.json') && f !== 'data/alliance.json')) },
  };
}
