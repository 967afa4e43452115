/**
 * Puts in the page what the build listed for idle time (`<meta name="idle-prefetch">`, scripts/idlePrefetchPlugin.ts):
 * scripts as `modulepreload` — fetched and compiled into the module map, not run; the import() that needs one
 * runs it from there, offline too (Vite's loader skips a script already linked). There are no stylesheets to
 * list: the build's one stylesheet is in the HTML. The page's own HTML names same-origin files only.
 */
export function prefetchChunks(doc: Document = document): void {
  const listed = doc.querySelector<HTMLMetaElement>('meta[name="idle-prefetch"]')?.content ?? '';
  // Some are linked already: the view chunks' imports the pre-render links for hydration.
  const linked = new Set([...doc.querySelectorAll('link')].map((link) => link.getAttribute('href')));
  for (const href of listed.split(' ')) {
    if (href === '' || linked.has(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    doc.head.append(link);
  }
}
