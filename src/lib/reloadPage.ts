/**
 * Loads the page again at its address, which holds the reader's filters and view (useUrlSync): the remedy when
 * code the page needs cannot load in this document. Chromium 150 keeps a module whose dependency failed to load
 * refused for the document's life (reimportable.ts), so neither a Retry nor a new opening can bring it in.
 */
export function reloadPage(): void {
  window.location.reload();
}
