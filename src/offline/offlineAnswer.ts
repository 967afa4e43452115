/** A request the service worker answers (src/offline/serviceWorker.ts), and the copy it keeps for it. */
export interface OfflineAnswer {
  /** 'stored': the copy, the network only if the copy is missing; 'network': the network, the copy only if it cannot answer. */
  from: 'stored' | 'network';
  /** The path of the copy in the worker's cache. */
  key: string;
}

/** The files of one build, as paths under the page's base: its hashed assets and the rest (the page, the dataset). */
export interface OfflineFiles {
  readonly hashed: ReadonlySet<string>;
  readonly named: ReadonlySet<string>;
}

/** Splits a build's file list: whatever is under assets/ carries its content's hash in its name. */
export function offlineFiles(paths: readonly string[]): OfflineFiles {
  return {
    hashed: new Set(paths.filter((path) => path.startsWith('assets/'))),
    named: new Set(paths.filter((path) => !path.startsWith('assets/'))),
  };
}

/**
 * How the worker answers a request, or null to leave it to the browser as if there were no worker (another
 * origin, anything but GET, a file this build did not make). A hashed file never changes under its name, so its
 * copy is as good as the server's. The page and the dataset can change on the server: they are asked of the
 * network first, and their copies stand in only when it cannot answer — what lets the page open offline.
 */
export function offlineAnswer(url: URL, method: string, mode: string, origin: string, base: string, files: OfflineFiles): OfflineAnswer | null {
  if (method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return null;
  const path = url.pathname.slice(base.length);
  // The page at any query (every view, filter and language is a query on the same file).
  if (mode === 'navigate') return path === '' || path === 'index.html' ? { from: 'network', key: `${base}index.html` } : null;
  if (files.hashed.has(path)) return { from: 'stored', key: url.pathname };
  if (files.named.has(path)) return { from: 'network', key: url.pathname };
  return null;
}
