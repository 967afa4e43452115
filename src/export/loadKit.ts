import { CodeLoadError } from './errors';
import { loadImageRenderer } from './imageDrawing';

export type ExportKit = typeof import('./kit');

/**
 * The export code (kit.ts) and, for an image, the renderer its drawings need (react-dom/server). The browser
 * keeps a module once loaded; a failed load is a CodeLoadError, worded for the reader, and the next export
 * asks again (Chromium fetches a failed module again; an engine that remembers the failure needs a reload).
 */
export function loadExportKit({ image }: { image: boolean }): Promise<ExportKit> {
  return Promise.all([import(/* idle-prefetch */ './kit'), image ? loadImageRenderer() : null]).then(
    ([kit]) => kit,
    (cause: unknown) => {
      throw new CodeLoadError(cause);
    },
  );
}
