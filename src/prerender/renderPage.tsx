import { datasetDomain, useFilters } from '../state/filters';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from '../AppRoot';
import { setWorldAtlas, type CountriesTopology } from '../charts/plants/useWorldAtlas';
import { parseDataset } from '../data/parseDataset';
import { setDataset } from '../data/useDataset';
import { lightTheme, themeCssVars } from '../theme/tokens';
import { VIEWS } from '../views';
import { cardTitleId } from '../components/chartTypes';

/** What the build writes into index.html: the app's markup for #root and the theme's variables for <html>. */
export interface PrerenderedPage {
  html: string;
  /** The light theme's CSS variables as a style attribute value (the page's colours before any script runs). */
  rootStyle: string;
  /**
   * The id of the first element the page's first frame does not need: the title of the second card, which the
   * guard holds back for a frame (public/prerender-guard.js). Null with fewer than two views.
   */
  firstFrameEnd: string | null;
}

/**
 * Renders the dashboard's default state (the bare address) from the shipped dataset and map outlines, as the
 * client's hydration render will: same data in the cache, every view's code loaded, charts at PRERENDER_WIDTH.
 * The dataset is validated here too, so a build never ships a file the app would reject.
 */
export async function renderPage(datasetBody: unknown, topology: CountriesTopology): Promise<PrerenderedPage> {
  const client = new QueryClient();
  const dataset = parseDataset(datasetBody);
  setDataset(client, dataset);
  setWorldAtlas(client, topology);
  await Promise.all(VIEWS.map(({ code }) => code.preload()));
  // The bare address: the dataset's defaults, in the store before the first render as on the client.
  useFilters.getState().setDomain(datasetDomain(dataset));
  const html = renderToString(<AppRoot client={client} isPrerender />);
  const rootStyle = Object.entries({ ...themeCssVars(lightTheme), 'color-scheme': 'light' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  const heldBack = VIEWS[1];
  return { html, rootStyle, firstFrameEnd: heldBack ? cardTitleId(heldBack.chart) : null };
}
