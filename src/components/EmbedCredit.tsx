import { FormattedMessage } from 'react-intl';
import { chartUrl } from '../export/embed';
import { pageBase } from '../state/pageMode';
import { useFilters } from '../state/filters';
import { selectQuery } from '../state/urlState';
import type { ChartId } from './chartTypes';

/**
 * An embed's one-line credit and a small link to the chart's own page, in a new tab, with the same filters; the
 * link alone where there is no dataset to credit (it failed to load), with the address's filters (`filterQuery`):
 * the store never read them.
 */
export function EmbedCredit({ chart, sourceLine, filterQuery }: { chart: ChartId; sourceLine?: string; filterQuery?: string }) {
  const stored = useFilters(selectQuery);
  const query = filterQuery ?? stored;
  const href = chartUrl(pageBase(window.location), chart, query);
  return (
    <footer className="embed-credit">
      {sourceLine && <span>{sourceLine}</span>}
      <a href={href} target="_blank" rel="noopener"><FormattedMessage id="export.openInAtlas" /><span className="visually-hidden"> <FormattedMessage id="export.newTab" /></span> ↗</a>
    </footer>
  );
}
