/**
 * The page's service worker, built to /sw.js (scripts/offlinePlugin.ts): it keeps a copy of every file of its
 * build, so a page loaded once keeps working offline — other languages, the export dialog, a reload — with none
 * of it held in the page's own memory. The build defines the file list and a version (a digest of the files).
 */
import { offlineAnswer, offlineFiles } from './offlineAnswer';

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
const PREFIX = 'alliance-atlas-';
const CACHE = `${PREFIX}${__OFFLINE_VERSION__}`;
const files = offlineFiles(__OFFLINE_FILES__);

// Every file or none: a copy missing one chunk would fail offline later, where nobody can retry.
worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(__OFFLINE_FILES__.map((path) => `${base}${path}`))));
});

// Older builds' copies go. The page that registered the worker is taken under it at once: it was loaded from
// the same files, and it is the page that should keep working if the connection drops now.
worker.addEventListener('activate', (event) => {
  const old = caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))));
  event.waitUntil(Promise.all([old, worker.registration.navigationPreload?.enable(), worker.clients.claim()]));
});

async function stored(request: Request, key: string): Promise<Response> {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(request);
}

async function network(event: FetchEvent, key: string): Promise<Response> {
  try {
    // A navigation's request started beside the worker (navigation preload), not after it woke.
    return (await event.preloadResponse) ?? (await fetch(event.request));
  } catch (failure) {
    const copy = await caches.match(key, { cacheName: CACHE });
    if (copy) return copy;
    throw failure;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const answer = offlineAnswer(new URL(request.url), request.method, request.mode, worker.location.origin, base, files);
  if (answer === null) return;
  event.respondWith(answer.from === 'stored' ? stored(request, answer.key) : network(event, answer.key));
});
