import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** Title, one-line description (of the dashboard, or of one chart on its own page) and what the dataset holds. */
export function Header({ counts, chart, actions }: { counts: string | null; /** The one chart's title on its own page; null on the dashboard. */ chart: string | null; actions?: ReactNode }) {
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title"><FormattedMessage id="app.title" /></h1>
        <p className="app-lede">{chart === null ? <FormattedMessage id="app.lede" /> : <FormattedMessage id="app.lede.single" values={{ chart }} />}</p>
      </div>
      <div className="header-side">
        <p className="app-counts" aria-live="polite">{counts ?? <FormattedMessage id="app.counts.loading" />}</p>
        {actions && <div className="header-controls">{actions}</div>}
      </div>
    </header>
  );
}
