/** A request the service worker answers (src/offline/serviceWorker.ts), and the copy it keeps for it. */
export interface OfflineAnswer {
  /** 'stored': the copy, the network only if there is none; 'network': the network, the copy only if it cannot answer. */
  from: 'stored' | 'network';
  /** The path of the copy in the worker's cache. */
  key: string;
}

/** A build's files under assets/ carry their content's hash in their names. */
export const isHashed = (path: string) => path.startsWith('assets/');

/**
 * How the worker answers a request, or null to leave it to the browser as if there were no worker (another
 * origin, anything but GET, a path outside its base, a file the build did not make). A hashed file never changes
 * under its name, so a copy is as good as the server's — a copy another build of the page keeps too (a page
 * loaded from a newer build than the worker in charge: the newer worker, installed, waits). The page and the
 * dataset (`named`: the build's other files, the page as '') can change on the server: they are asked of the
 * network first, and their copies stand in only when it cannot answer — what lets the page open offline.
 */
export function offlineAnswer(url: URL, method: string, mode: string, origin: string, base: string, named: ReadonlySet<string>): OfflineAnswer | null {
  if (method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return null;
  const path = url.pathname.slice(base.length);
  // The page at any query (every view, filter and language is a query on the same file), kept under the base path.
  if (mode === 'navigate') return path === '' || path === 'index.html' ? { from: 'network', key: base } : null;
  if (isHashed(path)) return { from: 'stored', key: url.pathname };
  if (named.has(path)) return { from: 'network', key: url.pathname };
  return null;
}
