import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ChartId } from './chartTypes';
import { useSkeletonWidth } from './skeletonWidths';

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
