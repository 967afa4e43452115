/**
 * Asks the browser to keep this build's files for offline use (src/offline/serviceWorker.ts). Resolves true once
 * a worker holding them controls the page; false when there will be none — no service workers here (an insecure
 * origin, a browser setting), or registering or installing failed — so the caller can fall back.
 */
export function keepOffline(container: ServiceWorkerContainer | undefined, url: string, scope: string): Promise<boolean> {
  if (!container) return Promise.resolve(false);
  return container.register(url, { scope }).then(
    (registration: ServiceWorkerRegistration | undefined) =>
      new Promise<boolean>((resolve) => {
        if (container.controller) return resolve(true);
        // Some embedders stub register() out and hand back nothing.
        const worker = registration?.installing ?? registration?.waiting;
        // Active already yet not in control: a page loaded past the worker (a hard reload) stays so until the next load.
        if (!worker) return resolve(false);
        container.addEventListener('controllerchange', () => resolve(true), { once: true });
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant') resolve(false);
        });
      }),
    () => false,
  );
}
