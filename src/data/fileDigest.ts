/**
 * SHA-256 of a data file's text, in hex; null where the browser offers no Web Crypto (a page served over plain
 * HTTP from another host than localhost). The build writes the shipped file's digest into the page; a
 * fetched file with the same digest is byte for byte the file the build validated (see loadDataset.ts).
 */
export async function fileDigest(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
