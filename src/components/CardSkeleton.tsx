import { useLayoutEffect, useRef, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ChartId } from './chartTypes';
import type { CardWidth } from './useElementWidth';
import { oncePerName } from '../lib/oncePer';

/** `chart`'s card width cell, the same object for the page's life: its skeleton and its chart keep it current. */
export const cardWidthOf: (chart: ChartId) => CardWidth = oncePerName(() => ({ width: 0 }));

/** Keeps `chart`'s card width while `ref` (its skeleton) is laid out: a ResizeObserver, never a read during a commit. */
function useSkeletonWidth(chart: ChartId, ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const cell = cardWidthOf(chart);
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width !== undefined) cell.width = Math.round(width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [chart, ref]);
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
