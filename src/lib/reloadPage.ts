/**
 * Loads the page again at its address, which holds the reader's filters and view (useUrlSync): the remedy when
 * code the page needs cannot load in this document. Chromium 150 keeps a module whose dependency failed to load
 * refused for the document's life (reimportable.ts), so neither a Retry nor a new opening can bring it in.
 */
export function reloadPage(): void {
  window.location.reload();
}

/**
 * Whether a reload would bring the dashboard back now: with the network, or offline with a service worker
 * serving the page (offline/). Offline without one, a reload shows the browser's own offline page instead.
 */
export function canReloadPage(): boolean {
  return navigator.onLine !== false || Boolean(navigator.serviceWorker?.controller);
}

/** Calls `onChange` when the network comes or goes (canReloadPage may change); returns the unsubscribe. */
export function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
