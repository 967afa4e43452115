/** Records added to a dataset, by collection, and brands to put inside others (`includes`). */
export interface DatasetAdditions {
  includes?: Record<string, { brand: string; from?: number; to?: number }[]>;
  [collection: string]: unknown;
}

type Json = Record<string, unknown>;

/**
 * The Dacia/2024 test dataset: the real file with `tests/fixtures/dacia-additions.json` appended to its
 * collections (and Dacia put inside Renault), so the fixture follows every change to the real data instead
 * of being a copy that drifts. Pure and free of imports: the unit tests and the browser tests both call it.
 */
export function withAdditions(base: Json, additions: DatasetAdditions): Json {
  const merged: Json = structuredClone(base);
  for (const [key, records] of Object.entries(additions)) {
    if (key === 'includes' || key === 'note' || !Array.isArray(records)) continue;
    merged[key] = [...((merged[key] as unknown[] | undefined) ?? []), ...records];
  }
  const brands = (merged.brands as { id: string; includes?: unknown[] }[] | undefined) ?? [];
  for (const [parent, inner] of Object.entries(additions.includes ?? {})) {
    const brand = brands.find((b) => b.id === parent);
    if (brand) brand.includes = [...(brand.includes ?? []), ...inner];
  }
  return merged;
}
