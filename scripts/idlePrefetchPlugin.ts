/**
 * Build step, for pages no service worker keeps (src/main.tsx: an embed, a browser without one): the chunks
 * such a page fetches once it is idle — marked where they are imported,
 * `import(/* idle-prefetch *\/ './ExportDialog')` — listed in index.html (`<meta name="idle-prefetch">`) with the
 * chunks they import that the page has not loaded yet (no stylesheets: the build's one stylesheet is in the HTML). Once idle, main.tsx puts them in the
 * module map (src/lib/prefetchChunks.ts): fetched and compiled, not run, so a later import() runs them from
 * there, offline too. Running them on idle (the import()s themselves) held 0.23 MB more heap on every page once
 * idle (8.29 against 8.06 MB, measured), most of which never opens what they draw.
 */
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { chunksByName, withImports } from './prerenderPlugin.ts';

// Build-time, on the project's own source.
const MARK = /\/\*\s*idle-prefetch\s*\*\//g;
const MARKED_IMPORT = /import\(\s*\/\*\s*idle-prefetch\s*\*\/\s*'([^']+)'\s*\)/g;

/** The specifiers of the imports `code` marks for idle time; a mark on anything but import('…') is an error. */
export function markedImports(code: string): string[] {
  const specifiers = [...code.matchAll(MARKED_IMPORT)].map((match) => match[1] ?? '');
  const marks = code.match(MARK)?.length ?? 0;
  if (marks !== specifiers.length) throw new Error(`idle-prefetch: ${marks - specifiers.length} mark(s) not on an import('…') with a quoted path`);
  return specifiers;
}

/**
 * What to put in the module map once idle: the chunks of the marked modules (ids as resolved) and the chunks
 * they import — less what the entry chunk already loads. A marked module in no chunk is an error.
 */
export function idleFiles(bundle: Rollup.OutputBundle, entry: string, marked: ReadonlySet<string>): string[] {
  const chunks = chunksByName(bundle);
  const inSomeChunk = new Set([...chunks.values()].flatMap((chunk) => chunk.moduleIds));
  const lost = [...marked].filter((id) => !inSomeChunk.has(id));
  if (lost.length > 0) throw new Error(`idle-prefetch: no chunk holds ${lost.join(', ')}`);
  const loaded = new Set(withImports(chunks, [entry]));
  // Whichever chunk holds a marked module, its facade or not (Rolldown may put it in a shared chunk).
  const roots = [...chunks.values()].filter((chunk) => chunk.moduleIds.some((id) => marked.has(id)));
  return withImports(chunks, roots.map((chunk) => chunk.fileName)).filter((fileName) => !loaded.has(fileName));
}

export function idlePrefetch(): Plugin {
  let config: ResolvedConfig;
  const marked = new Set<string>();
  return {
    name: 'alliance-atlas-idle-prefetch',
    apply: 'build',
    // Before TypeScript is compiled away with its comments.
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async transform(code, id) {
      if (!code.includes('idle-prefetch')) return null;
      // Marks accumulate over the build; a watch rebuild (not used here) would keep those of an edited file.
      for (const specifier of markedImports(code)) {
        const resolved = await this.resolve(specifier, id);
        if (!resolved) throw new Error(`idle-prefetch: cannot resolve ${specifier} from ${id}`);
        marked.add(resolved.id);
      }
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const files = idleFiles(bundle, chunk.fileName, marked).map((fileName) => `${config.base}${fileName}`);
        return [{ tag: 'meta', attrs: { name: 'idle-prefetch', content: files.join(' ') }, injectTo: 'head' }];
      },
    },
  };
}
