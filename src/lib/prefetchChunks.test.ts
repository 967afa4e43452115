import { prefetchChunks } from './prefetchChunks';

describe('prefetchChunks', () => {
  afterEach(() => document.head.replaceChildren());
  const listed = (content: string) => {
    const meta = document.createElement('meta');
    meta.name = 'idle-prefetch';
    meta.content = content;
    document.head.append(meta);
  };

  it('links each listed script as a module preload and each stylesheet as a stylesheet, in the list’s order', () => {
    listed('/assets/ExportDialog-1.js /assets/fr-1.js /assets/SourcePanel-1.css');
    prefetchChunks();
    const links = [...document.head.querySelectorAll('link')].map((link) => [link.rel, link.getAttribute('href')]);
    expect(links).toEqual([
      ['modulepreload', '/assets/ExportDialog-1.js'],
      ['modulepreload', '/assets/fr-1.js'],
      ['stylesheet', '/assets/SourcePanel-1.css'],
    ]);
  });

  it('links nothing where the page lists nothing (the dev server) or an empty list', () => {
    prefetchChunks();
    listed('');
    prefetchChunks();
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
