import { FormattedMessage } from 'react-intl';
import { dashboardUrl } from '../export/embed';
import { pageBase } from '../state/pageMode';
import { useFilters } from '../state/filters';
import { selectQuery } from '../state/urlState';

/** From a single-chart page back to all four views, with the same filters. */
export function DashboardLink() {
  const query = useFilters(selectQuery);
  return <a className="button" href={dashboardUrl(pageBase(window.location), query)}><FormattedMessage id="app.openDashboard" /></a>;
}
