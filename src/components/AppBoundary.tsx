import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPanel } from './ErrorPanel';

function DashboardError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const intl = useIntl();
  return (
    <main className="app">
      <ErrorPanel title={intl.formatMessage({ id: 'errors.app.title' })} message={intl.formatMessage({ id: 'errors.app' })} details={[error.message]} onRetry={onRetry} />
    </main>
  );
}

/**
 * The last net under the whole dashboard: a failure outside the four cards (each has its CardBoundary) — the
 * header, the filter bar, the timeline — shows what failed and a Retry, not a blank page. The choices live in
 * the store and the address, so Retry draws the same dashboard again.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary name="The dashboard" fallback={(error, retry) => <DashboardError error={error} onRetry={retry} />}>{children}</ErrorBoundary>;
}
