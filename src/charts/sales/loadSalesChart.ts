import { loadOnce } from '../../lib/loadOnce';
import { reimportable } from '../../lib/reimportable';

/**
 * Fetches the interactive sales chart (Recharts: a third of the page's script). A failed fetch is tried again by
 * the next call. A module of its own: the card loads it, and the page's start waits for it (views.ts:
 * drawnLater, through the sales view's chunk) before fetching anything on speculation.
 */
export const loadSalesChart = loadOnce(reimportable(() => import('./SalesChart')));
