import { useLayoutEffect, useRef, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ChartId } from './chartTypes';

/**
 * Each card's content width as its skeleton last measured it. A chart's wrap is as wide as its card's content
 * (both fill the card), so a chart that mounts after its skeleton starts at that width (useElementWidth's first
 * value): its marks enter the DOM in the render that brings the data and are painted in that frame. Started at 0,
 * they waited for the chart's own ResizeObserver, a render and a layout more inside the frame, and its marks
 * were in only after the frame's animation callbacks (on the realistic 100× dataset the first chart then counted
 * as painted one frame — 40–190 ms of other views' work — later). The chart's own observer still has the last
 * word: a window resized meanwhile is redrawn before that frame is painted.
 */
const widths = new Map<ChartId, number>();

/** Keeps `chart`'s content width while `ref` (its skeleton) is laid out; measured by a ResizeObserver, never read during a commit. */
function useSkeletonWidth(chart: ChartId, ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) widths.set(chart, Math.round(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [chart, ref]);
}

/** The width `chart`'s skeleton last had; 0 if it was never laid out (the data came first, or no skeleton was shown). */
export function skeletonWidthOf(chart: ChartId): number {
  return widths.get(chart) ?? 0;
}

/** What a card shows while the dataset loads. */
export function CardSkeleton({ chart, title }: { chart: ChartId; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useSkeletonWidth(chart, ref);
  return (
    <figure className="card is-loading" data-chart={chart} aria-busy="true" aria-label={title}>
      <figcaption className="card-head">
        <h2 className="card-title">{title}</h2>
      </figcaption>
      <div className="skeleton" role="status" ref={ref}>
        <span className="visually-hidden"><FormattedMessage id="errors.loading" /></span>
      </div>
    </figure>
  );
}
