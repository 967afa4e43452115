import { FormattedMessage } from 'react-intl';
import type { ChartId } from './chartTypes';

/** What a card shows while the dataset loads. */
export function CardSkeleton({ chart, title }: { chart: ChartId; title: string }) {
  return (
    <figure className="card is-loading" data-chart={chart} aria-busy="true" aria-label={title}>
      <figcaption className="card-head">
        <h2 className="card-title">{title}</h2>
      </figcaption>
      <div className="skeleton" role="status">
        <span className="visually-hidden"><FormattedMessage id="errors.loading" /></span>
      </div>
    </figure>
  );
}
