import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchDataset } from './data/useDataset';
import { preloadViews } from './views';
import './styles.css';

const queryClient = new QueryClient();
// The view chunks and the dataset are fetched in parallel from the first moment, not one after the other.
preloadViews();
prefetchDataset(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
