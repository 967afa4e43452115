/**
 * The page's service worker, built to /sw.js (scripts/offlinePlugin.ts): it keeps a copy of every file of its
 * build, so a page loaded once keeps working offline — other languages, the export dialog, a reload — with none
 * of it held in the page's own memory. The build defines the file list and a version (a digest of the files).
 */
import { isHashed, offlineAnswer } from './offlineAnswer';

declare const __OFFLINE_FILES__: string[];
declare const __OFFLINE_VERSION__: string;

// The worker's own types (the project compiles against the DOM's): only what this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string; readonly navigationPreload?: { enable(): Promise<void> } };
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const base = new URL(worker.registration.scope).pathname;
const FILES = __OFFLINE_FILES__;
const named = new Set(FILES.filter((path) => !isHashed(path)));
// One origin may serve several copies of the dashboard (/atlas/ and /atlas-preview/): each scope keeps and
// clears its own copies. The space ends the scope, so '/' is no prefix of '/atlas/'.
const PREFIX = `alliance-atlas ${base} `;
const CACHE = `${PREFIX}${__OFFLINE_VERSION__}`;

// Every file or none: a copy missing one chunk would fail offline later, where nobody can retry. The page and
// the dataset past the browser's own cache, which may still hold the previous build's.
worker.addEventListener('install', (event) => {
  const requests = FILES.map((path) => new Request(`${base}${path}`, { cache: isHashed(path) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

// Older builds' copies go. The page that registered the worker is taken under it at once, so that it keeps
// working if the connection drops now; a page of another build it takes still finds its hashed files (below).
worker.addEventListener('activate', (event) => {
  const old = caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))));
  event.waitUntil(Promise.all([old, worker.registration.navigationPreload?.enable(), worker.clients.claim()]));
});

/** A copy of `key` in this scope's caches: this build's first, then any other build's still kept (a newer one installed, waiting). */
async function copyOf(key: string): Promise<Response | undefined> {
  const own = await caches.match(key, { cacheName: CACHE });
  if (own) return own;
  for (const name of (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE)) {
    const other = await (await caches.open(name)).match(key);
    if (other) return other;
  }
  return undefined;
}

async function stored(request: Request, key: string): Promise<Response> {
  return (await copyOf(key)) ?? fetch(request);
}

async function network(event: FetchEvent, key: string, isPage: boolean): Promise<Response> {
  try {
    // A navigation's request started beside the worker (navigation preload), not after it woke.
    const response = (await event.preloadResponse) ?? (await fetch(event.request));
    // The dataset as last seen online is what opens offline. Not the page: its copy must stay the one whose
    // chunks this build holds.
    if (!isPage && response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (failure) {
    const copy = await caches.match(key, { cacheName: CACHE });
    if (copy) return copy;
    throw failure;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const answer = offlineAnswer(new URL(request.url), request.method, request.mode, worker.location.origin, base, named);
  if (answer === null) return;
  event.respondWith(answer.from === 'stored' ? stored(request, answer.key) : network(event, answer.key, request.mode === 'navigate'));
});
