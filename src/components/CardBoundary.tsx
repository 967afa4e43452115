import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { IntlContext } from 'react-intl';
import type { ChartId } from './chartTypes';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  chart: ChartId;
  title: string;
  children: ReactNode;
  /** Called before Retry draws the view again, e.g. to let a view whose code failed to load fetch it again. */
  onRetry?: () => void;
  /**
   * What the view draws from (dataset, filter choices). When one changes while the card shows an error,
   * the view is drawn again once, by itself: a filter it can draw should not need a click on Retry.
   */
  inputs?: readonly unknown[];
}

const sameInputs = (a: readonly unknown[] = [], b: readonly unknown[] = []) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** Keeps a failing view inside its own card, with a retry; the other views keep working. */
export class CardBoundary extends Component<Props, { error: Error | null }> {
  static contextType = IntlContext;
  declare context: ContextType<typeof IntlContext>;
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.chart} view failed`, error, info.componentStack);
  }

  /** The inputs the view last failed with; a retry is due only when they differ. */
  private failedInputs: readonly unknown[] | undefined;

  componentDidMount() {
    if (this.state.error) this.failedInputs = this.props.inputs;
  }

  // One attempt per change of inputs: if it fails again the error stays until the next change or Retry.
  componentDidUpdate(_: Props, previous: { error: Error | null }) {
    if (!this.state.error) return;
    if (!previous.error) {
      this.failedInputs = this.props.inputs;
    } else if (!sameInputs(this.failedInputs, this.props.inputs)) {
      this.failedInputs = this.props.inputs;
      this.retry();
    }
  }

  private retry() {
    this.props.onRetry?.();
    this.setState({ error: null });
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const intl = this.context;
    return (
      <figure className="card" data-chart={this.props.chart} aria-label={this.props.title}>
        <figcaption className="card-head">
          <h2 className="card-title">{this.props.title}</h2>
        </figcaption>
        <ErrorPanel
          title={intl.formatMessage({ id: 'errors.view.title' })}
          message={intl.formatMessage({ id: 'errors.view' })}
          details={[error.message]}
          onRetry={() => this.retry()}
        />
      </figure>
    );
  }
}
