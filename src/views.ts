import type { ChartId } from './components/chartTypes';
import { lazyView, type LazyView } from './components/lazyView';
import type { Dataset } from './data/schema';
import type { MessageId } from './i18n/messages';
import { reimportable } from './lib/reimportable';

// Each view is its own chunk (sales carries Recharts, plants d3-geo and topojson), so the first script is only the shell.
const salesModule = reimportable(() => import('./charts/sales/SalesView'));
const sales = lazyView(() => salesModule().then((m) => m.SalesView));
const evModule = reimportable(() => import('./charts/ev/EvView'));
const ev = lazyView(() => evModule().then((m) => m.EvView));
const ownershipModule = reimportable(() => import('./charts/ownership/OwnershipView'));
const ownership = lazyView(() => ownershipModule().then((m) => m.OwnershipView));
const plantsModule = reimportable(() => import('./charts/plants/PlantsView'));
const plants = lazyView(() => plantsModule().then((m) => m.PlantsView));

/**
 * The four views, in page order, with their titles' message ids; App wraps each in its own error boundary and
 * Suspense. `drawnLater`: the code a view swaps in once it is drawn (the sales card's Recharts chart), part of
 * the page's own load. Reached through the view's chunk, so the chunk graph stays as it is: imported by the
 * entry itself, Recharts' chunk split the modules it shares with the view into three more first-load files.
 */
export const VIEWS: readonly { chart: ChartId; title: MessageId; code: LazyView<{ dataset: Dataset }>; drawnLater?: () => Promise<unknown> }[] = [
  { chart: 'sales', title: 'sales.title', code: sales, drawnLater: () => salesModule().then((m) => m.loadSalesChart.inFlight()) },
  { chart: 'ev', title: 'ev.title', code: ev },
  { chart: 'ownership', title: 'ownership.title', code: ownership },
  { chart: 'plants', title: 'plants.title', code: plants },
];

/**
 * Starts fetching the chunks of the views the page shows now (`chart`: one chart's page or embed; null: the
 * dashboard, all four), alongside the dataset, so neither waits for the other.
 */
export function preloadViews(chart: ChartId | null): void {
  // A failure here is reported where it matters: in the card, by its boundary, with Retry.
  for (const view of shownViews(chart)) view.code.preload().catch(() => {});
}

/** The views a page shows: `chart`'s alone on one chart's page or embed, all four on the dashboard (null). */
function shownViews(chart: ChartId | null): typeof VIEWS {
  return VIEWS.filter((view) => chart === null || view.chart === chart);
}

/** How long what is fetched on speculation waits for a view's later code that does not come (a stalled line). */
const DRAWN_LATER_WAIT_MS = 10_000;

/**
 * Settles once the views the page shows (`chart` as for preloadViews) have what they swap in after drawing,
 * or failed to get it, or after DRAWN_LATER_WAIT_MS: what is fetched on speculation waits for this. It waits
 * for loads under way and starts none: a card that is not drawn (the dataset failed) fetches nothing.
 */
export function viewsDrawnLater(chart: ChartId | null): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise((resolve) => (timer = setTimeout(resolve, DRAWN_LATER_WAIT_MS)));
  const settled = Promise.allSettled(shownViews(chart).map((view) => view.drawnLater?.()));
  return Promise.race([settled, stalled]).finally(() => clearTimeout(timer));
}
