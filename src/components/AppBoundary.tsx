import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { IntlContext } from 'react-intl';
import { ErrorPanel } from './ErrorPanel';

/**
 * The last net under the whole dashboard: a failure outside the four cards (each has its CardBoundary) — the
 * header, the filter bar, the timeline — shows what failed and a Retry, not a blank page. The choices live in
 * the store and the address, so Retry draws the same dashboard again.
 */
export class AppBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  static contextType = IntlContext;
  declare context: ContextType<typeof IntlContext>;
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The dashboard failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const intl = this.context;
    return (
      <main className="app">
        <ErrorPanel
          title={intl.formatMessage({ id: 'errors.app.title' })}
          message={intl.formatMessage({ id: 'errors.app' })}
          details={[error.message]}
          onRetry={() => this.setState({ error: null })}
        />
      </main>
    );
  }
}
