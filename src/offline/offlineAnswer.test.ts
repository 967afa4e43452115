import { offlineAnswer } from './offlineAnswer';

describe('offlineAnswer', () => {
  // A build's files other than its hashed assets: the page (kept as ''), the dataset and the icon.
  const named = new Set(['', 'data/alliance.json', 'favicon.svg']);
  const origin = 'https://atlas.example';
  const answer = (path: string, { method = 'GET', mode = 'cors', base = '/', from = origin } = {}) => offlineAnswer(new URL(path, from), method, mode, origin, base, named);

  it('answers a hashed file from a copy — one of another build’s too — and the dataset and the icon from the network first', () => {
    expect(answer('/assets/index-Ab12.js')).toEqual({ from: 'stored', key: '/assets/index-Ab12.js' });
    expect(answer('/assets/countries-110m-Cd34.json?x=1')).toEqual({ from: 'stored', key: '/assets/countries-110m-Cd34.json' });
    expect(answer('/data/alliance.json')).toEqual({ from: 'network', key: '/data/alliance.json' });
    expect(answer('/favicon.svg')).toEqual({ from: 'network', key: '/favicon.svg' });
  });

  it('answers the page at any query from the network first, its copy kept under the base path', () => {
    for (const path of ['/', '/?years=2014-2016&brands=Renault', '/index.html?lang=ja', '/?chart=plants&embed=1']) {
      expect(answer(path, { mode: 'navigate' })).toEqual({ from: 'network', key: '/' });
    }
  });

  it('leaves to the browser what the build did not make, another origin, a method other than GET, another path than its base', () => {
    expect(answer('/sw.js')).toBeNull();
    expect(answer('/_headers')).toBeNull();
    expect(answer('/data/other.json')).toBeNull();
    expect(answer('/somewhere', { mode: 'navigate' })).toBeNull();
    expect(answer('/data/alliance.json', { method: 'POST' })).toBeNull();
    expect(answer('/assets/index-Ab12.js', { from: 'https://cdn.example' })).toBeNull();
    expect(answer('/assets/index-Ab12.js', { base: '/atlas/' })).toBeNull();
  });

  it('reads paths under the page’s base when it is served from a folder', () => {
    expect(answer('/atlas/assets/index-Ab12.js', { base: '/atlas/' })).toEqual({ from: 'stored', key: '/atlas/assets/index-Ab12.js' });
    expect(answer('/atlas/', { base: '/atlas/', mode: 'navigate' })).toEqual({ from: 'network', key: '/atlas/' });
  });
});
