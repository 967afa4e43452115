import { minify } from 'vite';

/**
 * The guard as every page carries it: minified. Its comments are for this repository, and inline it is sent
 * with every HTML response (6.1 KB, 2.5 KB gzip, as written; the benchmark counts it with the first load's JS).
 */
export async function minifyGuard(source: string): Promise<string> {
  // Vite's own minifier (Oxc), as the build's chunks get.
  const { code, errors } = await minify('prerender-guard.js', source);
  if (errors.length > 0) throw new Error(`prerender: the guard script does not minify: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}
