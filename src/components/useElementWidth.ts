import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PRERENDER_WIDTH, useIsPrerender } from './prerenderContext';

const PX_PER_MM = 96 / 25.4;
/**
 * A chart card's content width on paper: A4 (the print stylesheet's page) less its 10 mm margins, a card's
 * 4 mm print padding each side and its 1 px borders.
 */
export const PRINT_WIDTH = Math.floor((210 - 2 * 10 - 2 * 4) * PX_PER_MM - 2);

/**
 * The element's content width in CSS pixels, kept current with a ResizeObserver. Until measured: `prerenderWidth`
 * in a pre-rendered page (the server cannot measure, and hydration must draw what it drew); else the width its
 * card last had (CardWidthContext), or 0.
 * While the page prints it is at most PRINT_WIDTH: the browser lays the page out at the paper's width with
 * no chance for an observer to report it, so a chart drawn for a wide window would be scaled down to a
 * fraction of its type size (or, without the print stylesheet's scaling, cut off).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, prerenderWidth = PRERENDER_WIDTH): number {
  const isPrerender = useIsPrerender();
  const card = useContext(CardWidthContext);
  const [width, setWidth] = useState(() => (isPrerender ? prerenderWidth : (card?.width ?? 0)));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // No clientWidth read here: during a commit it forces a layout of the whole page (33–44 ms measured
    // with four views). The observer's first report comes after the browser's own layout, before paint;
    // flushSync draws at that width in the same frame, so the chart never paints at a width it does not have.
    // (An observer that reports from inside observe(), as test stubs do, is already inside this effect,
    // whose updates React applies before paint anyway; flushSync there would only warn.)
    let isFirst = true;
    let isObserving = true;
    let isPrinting = false;
    let measured: number | null = null;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next === undefined) return;
      measured = Math.round(next);
      if (card) card.width = measured;
      // While printing the drawing stays at the paper's width, whatever the screen's layout reports.
      if (isPrinting) return;
      const width = measured;
      if (isFirst && !isObserving) flushSync(() => setWidth(width));
      else setWidth(width);
      isFirst = false;
    });
    observer.observe(el);
    isObserving = false;
    // beforeprint's changes are what prints: the drawing must be done when the handler returns (flushSync;
    // the unit test's act cannot tell, the print e2e test reads the drawing in the handler's task). Every card
    // is a page wide on paper, so a phone's narrow chart is redrawn wider too, not scaled up.
    const onBeforePrint = () => {
      isPrinting = true;
      flushSync(() => setWidth(PRINT_WIDTH));
    };
    const onAfterPrint = () => {
      isPrinting = false;
      if (measured !== null) setWidth(measured);
    };
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, [ref, card]);
  return width;
}

/**
 * A chart card's content width as last measured — by its skeleton while the dataset loads, then by its chart —
 * so that a chart mounting in the card (its first drawing, the sales card's Recharts after the static drawing,
 * a retry after an error) starts at it: its marks come in the render that brings them, painted in that frame,
 * instead of after its own ResizeObserver's first report (a render and a layout more, after the frame's
 * animation callbacks). The observer still has the last word before paint. One measured element per card: the
 * chart's wrap, as wide as the card's content.
 */
export interface CardWidth {
  width: number;
}

/** The card's width cell (CardSkeleton.tsx keeps one per chart); none outside a card, where nothing is drawn until measured. */
export const CardWidthContext = createContext<CardWidth | null>(null);
