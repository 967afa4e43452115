import { loadImageRenderer } from './imageDrawing';

export type ExportKit = typeof import('./kit');

/**
 * The export code (kit.ts) and, for an image, the renderer its drawings need (react-dom/server). The browser
 * keeps a module once loaded and fetches a failed one again on the next call, so this needs no cache.
 */
export function loadExportKit({ image }: { image: boolean }): Promise<ExportKit> {
  return Promise.all([import('./kit'), image ? loadImageRenderer() : null]).then(([kit]) => kit);
}
