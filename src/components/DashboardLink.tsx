import { dashboardUrl } from '../export/embed';
import { selectFilters, useFilters } from '../state/filters';
import { serializeFilters } from '../state/urlState';

/** From a single-chart page back to all four views, with the same filters. */
export function DashboardLink() {
  const query = useFilters((s) => serializeFilters(selectFilters(s)));
  return <a className="button" href={dashboardUrl(window.location.pathname, query)}>Open the whole dashboard</a>;
}
