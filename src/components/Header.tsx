import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** Title, one-line description (of the dashboard, or of one chart on its own page) and what the dataset holds. */
export function Header({ counts, isSingle, actions }: { counts: string | null; isSingle: boolean; actions?: ReactNode }) {
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title"><FormattedMessage id="app.title" /></h1>
        <p className="app-lede"><FormattedMessage id={isSingle ? 'app.lede.single' : 'app.lede'} /></p>
      </div>
      <div className="header-side">
        <p className="app-counts" aria-live="polite">{counts ?? <FormattedMessage id="app.counts.loading" />}</p>
        {actions && <div className="header-controls">{actions}</div>}
      </div>
    </header>
  );
}
