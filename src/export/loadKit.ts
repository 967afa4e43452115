import { CodeLoadError } from './errors';
import { loadImageRenderer } from './imageDrawing';
import { reimportable } from '../lib/reimportable';

export type ExportKit = typeof import('./kit');

/**
 * The export code (kit.ts) and, for an image, the renderer its drawings need (react-dom/server). The browser
 * keeps a module once loaded; a failed load is a CodeLoadError, worded for the reader, and the next export
 * asks again (under a new address where the browser remembers the failure: reimportable).
 */
const kitModule = reimportable(() => import(/* idle-prefetch */ './kit'));

export function loadExportKit({ image }: { image: boolean }): Promise<ExportKit> {
  return Promise.all([kitModule(), image ? loadImageRenderer() : null]).then(
    ([kit]) => kit,
    (cause: unknown) => {
      throw new CodeLoadError(cause);
    },
  );
}
