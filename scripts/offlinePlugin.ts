/**
 * Build step: /sw.js, the page's service worker (src/offline/serviceWorker.ts), with the list of every file the
 * build wrote and a version that changes with any of their bytes — so a browser that fetches a new build's sw.js
 * sees it differ, installs the new copy and drops the old. Written last, over the files as they end up on disk
 * (the pre-render rewrites index.html when the bundle is already written).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name), root) : entry.isFile() ? [relative(root, join(dir, entry.name)).split(sep).join('/')] : []))
    .sort();
}

/**
 * What the worker keeps of the files written: all but itself and what a host reads rather than serves (a name
 * starting with '.' or '_': .htaccess, Netlify's _headers), which a copy would fail to fetch. The page is kept
 * as the base path itself (''), the address a reader opens, not index.html (hosts redirect it to '/').
 */
export function offlineFileList(written: readonly string[]): string[] {
  return written
    .filter((path) => path !== SERVICE_WORKER_FILE && !path.split('/').some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((path) => (path === 'index.html' ? '' : path));
}

/** A digest of the files' names and bytes: the worker's version (its cache's name). */
export function filesDigest(files: readonly string[], read: (path: string) => Buffer): string {
  const hash = createHash('sha256');
  for (const path of files) hash.update(`${path}\0`).update(read(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function offline(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'alliance-atlas-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // After every other plugin's closeBundle, the pre-render's included.
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const written = filesUnder(outDir).filter((path) => path !== SERVICE_WORKER_FILE);
        const version = filesDigest(written, (path) => readFileSync(join(outDir, path)));
        const files = offlineFileList(written);
        // A classic script (no import or export): every browser with service workers runs it.
        const output = await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          define: { __OFFLINE_FILES__: JSON.stringify(files), __OFFLINE_VERSION__: JSON.stringify(version) },
          build: {
            write: false,
            minify: true,
            rolldownOptions: { input: resolve(config.root, 'src/offline/serviceWorker.ts'), output: { format: 'iife' } },
          },
        });
        const chunk = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).find((file) => file.type === 'chunk');
        if (!chunk || chunk.type !== 'chunk') throw new Error('offline: the service worker did not build');
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), chunk.code);
      },
    },
  };
}
