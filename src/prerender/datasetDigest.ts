import type { Dataset } from '../data/schema';

/**
 * A short fingerprint of a validated dataset (32-bit FNV-1a over its JSON, and the JSON's length). The
 * pre-rendered page records the dataset it was drawn from; main.tsx hydrates only when the dataset it
 * loaded has the same one. A file updated after the build gets a client render instead of a hydration
 * that would not match. Both sides hash zod's output, so key order is the schema's, not the file's.
 */
export function datasetDigest(dataset: Dataset): string {
  const text = JSON.stringify(dataset);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(16)}`;
}
