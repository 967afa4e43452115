import { prefetchChunks } from './prefetchChunks';

describe('prefetchChunks', () => {
  afterEach(() => document.head.replaceChildren());
  const listed = (content: string) => {
    const meta = document.createElement('meta');
    meta.name = 'idle-prefetch';
    meta.content = content;
    document.head.append(meta);
  };

  it('links each listed script as a module preload, in the list’s order', () => {
    listed('/assets/ExportDialog-1.js /assets/fr-1.js /assets/SourcePanel-1.js');
    prefetchChunks();
    const links = [...document.head.querySelectorAll('link')].map((link) => [link.rel, link.getAttribute('href')]);
    expect(links).toEqual([
      ['modulepreload', '/assets/ExportDialog-1.js'],
      ['modulepreload', '/assets/fr-1.js'],
      ['modulepreload', '/assets/SourcePanel-1.js'],
    ]);
  });

  it('skips what the page has linked already (the pre-render links the views’ imports)', () => {
    const preloaded = document.createElement('link');
    preloaded.rel = 'modulepreload';
    preloaded.setAttribute('href', '/assets/words-1.js');
    document.head.append(preloaded);
    listed('/assets/words-1.js /assets/kit-1.js');
    prefetchChunks();
    expect([...document.head.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual(['/assets/words-1.js', '/assets/kit-1.js']);
  });

  it('links nothing where the page lists nothing (the dev server) or an empty list', () => {
    prefetchChunks();
    listed('');
    prefetchChunks();
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
