import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App } from './App';
import { PrerenderContext } from './components/prerenderContext';
import { LocaleProvider } from './i18n/LocaleProvider';

/**
 * Marks <html data-interactive> after React's first commit: from then on the page answers input (a
 * pre-rendered page is hydrated). What the benchmark times and browser tests can wait for.
 */
function InteractiveMark() {
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  return null;
}

/**
 * The whole tree, the same for the build-time pre-render, the hydration of it, and a plain client render.
 * The pre-render is English; public/prerender-guard.js keeps any other language from hydrating it.
 */
export function AppRoot({ client, isPrerender }: { client: QueryClient; isPrerender: boolean }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <PrerenderContext.Provider value={isPrerender}>
          <LocaleProvider>
            <App />
            <InteractiveMark />
          </LocaleProvider>
        </PrerenderContext.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
