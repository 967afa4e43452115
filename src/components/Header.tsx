import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** Title, one-line description and what the dataset holds. */
export function Header({ counts, actions }: { counts: string | null; actions?: ReactNode }) {
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title"><FormattedMessage id="app.title" /></h1>
        <p className="app-lede"><FormattedMessage id="app.lede" /></p>
      </div>
      <div className="header-side">
        <p className="app-counts" aria-live="polite">{counts ?? <FormattedMessage id="app.counts.loading" />}</p>
        {actions && <div className="header-controls">{actions}</div>}
      </div>
    </header>
  );
}
