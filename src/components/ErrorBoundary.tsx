import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the console: "The ev view", "The dashboard". */
  name: string;
  /** What shows instead of the children once they throw; `retry` draws them again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
  /** Called before Retry draws the children again, e.g. to let a view whose code failed to load fetch it again. */
  onRetry?: () => void;
  /**
   * What the children draw from (dataset, filter choices). When one changes while the error shows, they are
   * drawn again once, by themselves: a filter they can draw should not need a click on Retry.
   */
  inputs?: readonly unknown[];
}

const sameInputs = (a: readonly unknown[] = [], b: readonly unknown[] = []) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** Keeps a failure inside what it wraps — a card, or the whole dashboard — with a retry; the rest keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  /** The inputs the children last failed with; a retry is due only when they differ. */
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
    return error ? this.props.fallback(error, () => this.retry()) : this.props.children;
  }
}
