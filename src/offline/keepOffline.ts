/** How long a page waits to be kept before it falls back: another tab may keep an older worker in charge. */
const KEEP_LIMIT_MS = 30_000;

/**
 * Asks the browser to keep this build's files for offline use (src/offline/serviceWorker.ts). Resolves true
 * once a worker is in charge of the page and `holds()` finds this build's files in a copy — the worker's own,
 * or, where a tab of an older build keeps its worker in charge, the newer worker's, installed and waiting, whose
 * copies answer this page's files. Resolves false when that will not happen — no service workers here (an
 * insecure origin, a browser setting), registering or installing failed, a page loaded past the worker (a hard
 * reload), or nothing after `limit` ms — so the caller can fall back.
 */
export function keepOffline(container: ServiceWorkerContainer | undefined, url: string, scope: string, holds: () => Promise<boolean>, limit = KEEP_LIMIT_MS): Promise<boolean> {
  if (!container) return Promise.resolve(false);
  return container.register(url, { scope }).then(
    (registration: ServiceWorkerRegistration | undefined) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), limit);
        const done = (isKept: boolean) => {
          clearTimeout(timer);
          resolve(isKept);
        };
        const check = () => {
          if (container.controller) void holds().then((isHeld) => isHeld && done(true), () => {});
        };
        // Playwright's 'block' stubs register() out and hands back nothing.
        const worker = registration?.installing ?? registration?.waiting ?? null;
        if (!worker && !container.controller) return done(false);
        container.addEventListener('controllerchange', check);
        worker?.addEventListener('statechange', () => (worker.state === 'redundant' ? done(false) : check()));
        check();
      }),
    () => false,
  );
}
