import type { ReactNode } from 'react';

/** Title, one-line description and what the dataset holds. */
export function Header({ counts, actions }: { counts: string | null; actions?: ReactNode }) {
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title">Alliance Atlas</h1>
        <p className="app-lede">
          The Renault–Nissan–Mitsubishi Alliance in four linked views — sales, electric cars, who owns whom, and
          where the cars are built. Every number links to the sentence it came from.
        </p>
      </div>
      <div className="header-side">
        <p className="app-counts" aria-live="polite">{counts ?? 'Loading dataset…'}</p>
        {actions && <div className="header-controls">{actions}</div>}
      </div>
    </header>
  );
}
