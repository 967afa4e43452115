/**
 * The chart draws nothing (no data for the filter): the caller words it in the page's language. Its own
 * module, so the page can recognise it without the export code, which loads on the first export.
 */
export class NothingToExportError extends Error {
  constructor() {
    super('This chart has nothing to export yet.');
    this.name = 'NothingToExportError';
  }
}

/** The export code (or the image renderer) could not be downloaded — offline before it was fetched. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super('The export code could not be downloaded.', { cause });
    this.name = 'CodeLoadError';
  }
}
