import { loadOnce } from '../../lib/loadOnce';

/**
 * Fetches the interactive sales chart (Recharts: a third of the page's script). A module of its own, so the
 * page's start (main.tsx, which lets it come before anything fetched on speculation) does not pull the sales
 * card's static drawing into the first script. A failed fetch is tried again by the next call.
 */
export const loadSalesChart = loadOnce(() => import('./SalesChart'));
