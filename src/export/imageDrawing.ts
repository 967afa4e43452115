import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import { intlFor } from '../i18n/intl';
import type { Theme } from '../theme/tokens';
import type { ChartDrawing } from './svg';

/**
 * A view's image as a ChartDrawing: its static SVG element rendered to markup, in the language of `intl` (the
 * markup is rendered outside the page's IntlProvider). Only the views import this, so react-dom/server loads
 * in their chunk, not in the page's first script.
 */
export function imageDrawing(draw: (width: number, theme: Theme) => ReactElement | null, intl: IntlShape = intlFor('en')): ChartDrawing {
  return (width, theme) => {
    const element = draw(width, theme);
    return element && renderToStaticMarkup(createElement(RawIntlProvider, { value: intl }, element));
  };
}
