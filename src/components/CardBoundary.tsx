import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { ChartId } from './chartTypes';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  chart: ChartId;
  title: string;
  children: ReactNode;
  /** Called before Retry draws the view again, e.g. to let a view whose code failed to load fetch it again. */
  onRetry?: () => void;
}

/** Keeps a failing view inside its own card, with a retry; the other views keep working. */
export class CardBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.chart} view failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <figure className="card" data-chart={this.props.chart} aria-label={this.props.title}>
        <figcaption className="card-head">
          <h2 className="card-title">{this.props.title}</h2>
        </figcaption>
        <ErrorPanel
          title="This view could not be drawn"
          message="Something in this chart failed. The other views are unaffected."
          details={[error.message]}
          onRetry={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        />
      </figure>
    );
  }
}
