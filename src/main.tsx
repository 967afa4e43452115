import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import { fieldEdits, placedEdits, replayFieldEdits } from './components/earlyInput';
import { datasetSettled, fetchDataset, prefetchDataset, watchReconnects } from './data/useDataset';
import { isShippedDataset } from './data/loadDataset';
import { datasetDomain, useFilters } from './state/filters';
import { langFromQuery } from './state/urlState';
import { pageModeOf } from './state/pageMode';
import { loadMessages } from './i18n/messages';
import { preloadViews, viewsDrawnLater, VIEWS } from './views';
import './styles.css';
import { reimportable } from './lib/reimportable';

const queryClient = new QueryClient();
/**
 * How long a pre-rendered page waits for the map outlines once the dataset and the views' code are in. They
 * usually come together (the guard fetches them beside the entry): this is for a slow network or a busy machine.
 */
const OUTLINES_GRACE_MS = 5_000;
const rejectAfter = (ms: number) => new Promise<never>((_, reject) => window.setTimeout(reject, ms));
const pageMode = pageModeOf(window.location.search).mode;

// Copies for offline use (offline/keepForOffline.ts), once the page is interactive and idle — not before, where
// they would compete with hydration. The code that makes them comes then too: it is no part of the first load.
// Offline by then, its code cannot come either: there is nothing to keep from.
const keepForOfflineModule = reimportable(() => import('./offline/keepForOffline'));
const keepForOffline = () => keepForOfflineModule().then((m) => m.keepForOffline(import.meta.url, pageMode.isEmbed), () => false);
const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
const shownChart = pageMode.chart;
// The sales card's interactive chart (Recharts, the largest chunk; the card starts fetching it once drawn) is
// the page's own: what is fetched on speculation waits until it is in and drawn. Idle came while it was still
// on its way, so the prefetch shared the line with it.
const afterInteractive = () => whenIdle(() => void viewsDrawnLater(shownChart).then(() => whenIdle(() => void keepForOffline(), { timeout: 2000 })), { timeout: 2000 });
// The view chunks and the dataset are fetched in parallel from the first moment, not one after the other.
// One chart's page or embed fetches that view alone: the other three come with the dashboard they link to.
preloadViews(shownChart);
// For as long as the page lives: its stop function is for tests.
watchReconnects();
prefetchDataset(queryClient);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const redrawnInput = reimportable(() => import('./components/redrawnInput'));

/** Renders on the client alone, dropping whatever the build pre-rendered (hidden already if it was stale). */
function render(container: HTMLElement) {
  // What the reader typed or picked in the pre-rendered fields (a page that could not hydrate) is put back into the
  // fields drawn afresh; the code that does it comes only then (a rare path: not in the first load).
  const placed = placedEdits(container);
  if (placed.edits.length > 0) void redrawnInput().then(({ replayWhenDrawn }) => replayWhenDrawn(container, placed), () => {});
  // Both in this task, so no frame ever shows the pre-rendered figures for a state this address does not ask for.
  container.replaceChildren();
  // The pre-render's light theme goes too (the guard may have seen a dark system theme): useApplyTheme
  // writes the theme in force.
  const html = document.documentElement;
  html.removeAttribute('style');
  delete html.dataset.theme;
  delete html.dataset.prerender;
  // The language is known before the dataset (the rest of the query is read against it): the skeletons,
  // header and error panels are already in the reader's language.
  const lang = langFromQuery(window.location.search);
  useFilters.getState().setLang(lang);
  const root = createRoot(container);
  // The page answers input from its first commit, but its charts come with the dataset: what waits for idle
  // waits for them too, or a pause while the dataset is on its way starts it in the middle of drawing them.
  const afterCharts = () => void datasetSettled(queryClient).then(afterInteractive);
  const draw = () => root.render(<AppRoot client={queryClient} isPrerender={false} onInteractive={afterCharts} />);
  // A French or Japanese page waits for its catalog (fetched beside the dataset and views) rather than
  // flashing English; if it cannot load, the page comes up in English.
  loadMessages(lang).then(draw, draw);
}

// The build pre-rendered the bare address (scripts/prerenderPlugin.ts); public/prerender-guard.js, run before
// the body was parsed, marked <html> when this address asks for something else.
const isPrerendered = root.hasChildNodes() && document.documentElement.dataset.prerender !== 'stale';
if (isPrerendered) {
  // Hydration must render exactly what the server did, so everything the server had comes first: the
  // dataset, the map outlines (in the plants chunk) and every view's code. The page is painted meanwhile.
  const atlas = reimportable(() => import('./charts/plants/useWorldAtlas'))().then((m) => m.fetchWorldAtlas(queryClient));
  // Handled in the race below; marked now, so a failure before the race is not reported as unhandled.
  atlas.catch(() => {});
  Promise.all([fetchDataset(queryClient), ...VIEWS.map(({ code }) => code.preload())])
    // The outlines alone late (their limit is 15 s, tried twice) would leave a page that looks ready ignoring
    // input for half a minute: past OUTLINES_GRACE_MS the page draws itself without them (the failure path
    // below), and the map takes them when they come.
    // A dataset file changed since the build (null from here on) is drawn afresh rather than hydrated into figures it
    // does not hold: at once, not after the outlines, which only hydration needs before it starts.
    .then(([dataset]) => (isShippedDataset(dataset) ? Promise.race([atlas, rejectAfter(OUTLINES_GRACE_MS)]).then(() => dataset) : null))
    .then(
      (dataset) => {
        if (dataset === null) return render(root);
        // The server rendered the bare address's defaults with the dataset's domain in the store: so does this render.
        useFilters.getState().setDomain(datasetDomain(dataset));
        // A year typed or a language picked while the page could not yet answer is applied, not lost.
        const edits = fieldEdits(root);
        const onHydrated = () => {
          replayFieldEdits(root, edits);
          afterInteractive();
        };
        hydrateRoot(root, <AppRoot client={queryClient} isPrerender onInteractive={onHydrated} />);
      },
      // Something failed to load, or the outlines are late: the client render shows what, as it would without the pre-render.
      () => render(root),
    );
} else {
  render(root);
}

