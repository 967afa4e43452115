import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Theme } from '../theme/tokens';
import type { ChartDrawing } from './svg';

/**
 * A view's image as a ChartDrawing: its static SVG element rendered to markup. Only the views import this,
 * so react-dom/server loads in their chunk, not in the page's first script.
 */
export function imageDrawing(draw: (width: number, theme: Theme) => ReactElement | null): ChartDrawing {
  return (width, theme) => {
    const element = draw(width, theme);
    return element && renderToStaticMarkup(element);
  };
}
