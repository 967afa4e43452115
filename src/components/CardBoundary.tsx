import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { ChartId } from './chartTypes';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  chart: ChartId;
  title: string;
  children: ReactNode;
  /** Called before Retry draws the view again, e.g. to let a view whose code failed to load fetch it again. */
  onRetry?: () => void;
  /** What the view draws from: a change while the card shows an error draws it again once (ErrorBoundary). */
  inputs?: readonly unknown[];
}

/** The card of a view that failed: its title, what failed, and a retry. */
function CardError({ chart, title, error, onRetry }: { chart: ChartId; title: string; error: Error; onRetry: () => void }) {
  const intl = useIntl();
  return (
    <figure className="card" data-chart={chart} aria-label={title}>
      <figcaption className="card-head">
        <h2 className="card-title">{title}</h2>
      </figcaption>
      <ErrorPanel title={intl.formatMessage({ id: 'errors.view.title' })} message={intl.formatMessage({ id: 'errors.view' })} details={[error.message]} onRetry={onRetry} canReload />
    </figure>
  );
}

/** Keeps a failing view inside its own card, with a retry; the other views keep working. */
export function CardBoundary({ chart, title, children, onRetry, inputs }: Props) {
  return (
    <ErrorBoundary name={`The ${chart} view`} onRetry={onRetry} inputs={inputs} fallback={(error, retry) => <CardError chart={chart} title={title} error={error} onRetry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}
