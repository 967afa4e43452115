import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from './App';
import { PrerenderContext } from './components/prerenderContext';
import { LocaleProvider } from './i18n/LocaleProvider';

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
          </LocaleProvider>
        </PrerenderContext.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
