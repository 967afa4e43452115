import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App } from './App';
import { AppBoundary } from './components/AppBoundary';
import { PrerenderContext } from './components/prerenderContext';
import { LocaleProvider } from './i18n/LocaleProvider';

/**
 * Marks <html data-interactive> after React's first commit — from then on the page answers input (a
 * pre-rendered page is hydrated); what the benchmark times — and runs what waits for that moment.
 */
function InteractiveMark({ onInteractive }: { onInteractive?: () => void }) {
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
    onInteractive?.();
  }, [onInteractive]);
  return null;
}

/**
 * The whole tree, the same for the build-time pre-render, the hydration of it, and a plain client render.
 * The pre-render is English; public/prerender-guard.js keeps any other language from hydrating it.
 */
export function AppRoot({ client, isPrerender, onInteractive }: { client: QueryClient; isPrerender: boolean; onInteractive?: () => void }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <PrerenderContext.Provider value={isPrerender}>
          <LocaleProvider>
            <AppBoundary>
              <App />
            </AppBoundary>
            <InteractiveMark onInteractive={onInteractive} />
          </LocaleProvider>
        </PrerenderContext.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
