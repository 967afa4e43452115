import { createElement, type ReactElement } from 'react';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import { intlFor } from '../i18n/intl';
import type { Theme } from '../theme/tokens';
import type { ChartDrawing } from './svg';

type RenderMarkup = (element: ReactElement) => string;
let renderMarkup: RenderMarkup | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads react-dom/server's renderToStaticMarkup, once. It is 60 KiB gzip and only images need it, so it is
 * fetched when someone exports, not with the page (it was a quarter of the first load in the views' chunk):
 * every export action awaits this before drawing.
 */
export function loadImageRenderer(): Promise<void> {
  loading ??= import('react-dom/server').then((server) => {
    renderMarkup = server.renderToStaticMarkup;
  });
  return loading;
}

export const isImageRendererLoaded = (): boolean => renderMarkup !== null;

/**
 * A view's image as a ChartDrawing: its static SVG element rendered to markup (after loadImageRenderer), in
 * the language of `intl` — the markup is rendered outside the page's IntlProvider.
 */
export function imageDrawing(draw: (width: number, theme: Theme, room?: number) => ReactElement | null, intl: IntlShape = intlFor('en')): ChartDrawing {
  return (width, theme, room) => {
    if (!renderMarkup) throw new Error('The image drawing code is still loading; try again in a moment.');
    const element = draw(width, theme, room);
    return element && renderMarkup(createElement(RawIntlProvider, { value: intl }, element));
  };
}
