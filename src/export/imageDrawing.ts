import { createElement, type ReactElement } from 'react';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import { loadOnce } from '../lib/loadOnce';
import type { Theme } from '../theme/tokens';
import type { ChartDrawing } from './svg';
import { reimportable } from '../lib/reimportable';

// react-dom/server's renderToStaticMarkup is 60 KiB gzip and only images need it, so it is fetched when someone
// exports, not with the page (it was a quarter of the first load in the views' chunk).
const serverModule = reimportable(() => import(/* idle-prefetch */ 'react-dom/server'));
const imageRenderer = loadOnce(() => serverModule().then((server) => server.renderToStaticMarkup));

/** Loads the image drawing code, once: every export action awaits this before drawing; a failed fetch is tried again by the next. */
export function loadImageRenderer(): Promise<void> {
  return imageRenderer().then(() => undefined);
}

export const isImageRendererLoaded = (): boolean => imageRenderer.loaded() !== undefined;

/**
 * A view's image as a ChartDrawing: its static SVG element rendered to markup (after loadImageRenderer), in
 * the language of `intl` — the markup is rendered outside the page's IntlProvider.
 */
export function imageDrawing(draw: (width: number, theme: Theme, room?: number) => ReactElement | null, intl: IntlShape): ChartDrawing {
  return (width, theme, room) => {
    const renderMarkup = imageRenderer.loaded();
    if (!renderMarkup) throw new Error('The image drawing code is still loading; try again in a moment.');
    const element = draw(width, theme, room);
    return element && renderMarkup(createElement(RawIntlProvider, { value: intl }, element));
  };
}
