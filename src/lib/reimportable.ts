/**
 * A dynamic `import()` that can be tried again after its download failed (offline, a dropped connection).
 *
 * Some browsers keep a failed module import for the document's life: Chromium 150 answers every later import of
 * that address with the same error at once, without a request, so a Retry would never load the chunk. The
 * attempt after a failure asks for the address the failure names under a query of its own (`?retry=1`, `2`, …),
 * which the module map does not hold — the same file, from the server or the HTTP cache. Once one loads, later
 * calls import that address, so every caller shares one instance of the module.
 *
 * Only the address the browser's message names is used, and only on this page's origin. A browser whose message
 * names none (Safari's "Importing a module script failed.") tries `load` again, as before; one that forgets
 * failures (Chromium 156) loads either way. A chunk whose own dependency failed still fails: its copy imports the
 * dependency at the address the browser refuses.
 */
export function reimportable<M>(load: () => Promise<M>, importAddress: (address: string) => Promise<unknown> = (address) => import(/* @vite-ignore */ address)): () => Promise<M> {
  let failedAddress: string | null = null;
  let retries = 0;
  let loadedAddress: string | null = null;
  const next = (): Promise<M> => {
    if (loadedAddress !== null) return importAddress(loadedAddress) as Promise<M>;
    if (failedAddress === null) return load();
    retries += 1;
    const address = `${failedAddress}${failedAddress.includes('?') ? '&' : '?'}retry=${retries}`;
    return (importAddress(address) as Promise<M>).then((module) => {
      loadedAddress = address;
      return module;
    });
  };
  return () =>
    next().catch((error: unknown) => {
      failedAddress ??= addressIn(error);
      throw error;
    });
}

// What Chromium ("Failed to fetch dynamically imported module: <url>") and Firefox ("error loading dynamically
// imported module: <url>") say; read with indexOf, not a pattern, and kept only if it is this page's own origin.
const NAMES_ADDRESS = 'imported module: ';

function addressIn(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const at = message.indexOf(NAMES_ADDRESS);
  if (at < 0 || typeof location === 'undefined') return null;
  try {
    const address = new URL(message.slice(at + NAMES_ADDRESS.length).trim());
    return address.origin === location.origin ? address.href : null;
  } catch {
    return null;
  }
}
