import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from './App';
import { PrerenderContext } from './components/prerenderContext';

/** The whole tree, the same for the build-time pre-render, the hydration of it, and a plain client render. */
export function AppRoot({ client, isPrerender }: { client: QueryClient; isPrerender: boolean }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <PrerenderContext.Provider value={isPrerender}>
          <App />
        </PrerenderContext.Provider>
      </QueryClientProvider>
    </StrictMode>
  );
}
