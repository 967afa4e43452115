import { prefetchChunks } from '../lib/prefetchChunks';
import { keepOffline } from './keepOffline';

/**
 * What a reader opens rather than what the page shows — the export code and its image renderer (react-dom/server),
 * the export dialog, the source panel, the other languages' catalogs — is out of the first load, yet works
 * offline once the page has loaded. A service worker keeps a copy of the whole build, outside the page's memory,
 * which also lets a reload open offline. Where there is none — and in an embed, which would fetch the whole
 * dashboard for each site it is embedded in — the page puts those chunks in its module map instead: fetched and
 * compiled, not run (each import is marked idle-prefetch), 0.45 MB of the page's heap (measured).
 *
 * Fetched itself once the page is idle (main.tsx), not with the first load: idle-time work, 0.4 KiB gzip the first
 * load no longer carries. `entry`: a file of this build (the entry script's address), whose copy says the
 * worker in charge keeps this build.
 */
export function keepForOffline(entry: string, isEmbed: boolean): Promise<unknown> {
  const holdsThisBuild = () => caches.match(entry).then((copy) => copy !== undefined);
  return (
    import.meta.env.PROD && !isEmbed ? keepOffline(navigator.serviceWorker, `${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL, holdsThisBuild) : Promise.resolve(false)
  ).then((isKept) => isKept || prefetchChunks());
}
