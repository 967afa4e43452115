import { Component, createRef, Suspense, type ContextType } from 'react';
import { IntlContext } from 'react-intl';
import type { ChartTable } from './chartTypes';
import type { ExportDialog as ExportDialogType } from './ExportDialog';
import type { SharePanelProps } from './SharePanel';
import { lazyView, type LazyView } from './lazyView';
import { reimportable } from '../lib/reimportable';
import { ReloadButton } from './ReloadButton';

// UI a reader opens rather than what the page shows: chunks of their own (~12 KiB gzip together, the table's
// styles in its chunk), out of the first load; run on first use, and fetched once the page is idle so they open offline too (main.tsx).
const exportDialogModule = reimportable(() => import(/* idle-prefetch */ './ExportDialog'));
export const exportDialog = lazyView<Parameters<typeof ExportDialogType>[0]>(() => exportDialogModule().then((m) => m.ExportDialog));
const sourcePanelModule = reimportable(() => import(/* idle-prefetch */ './SourcePanel'));
export const sourcePanel = lazyView<Record<string, never>>(() => sourcePanelModule().then((m) => m.SourcePanel));
const dataTableModule = reimportable(() => import(/* idle-prefetch */ './DataTable'));
export const dataTable = lazyView<{ table: Promise<ChartTable> }>(() => dataTableModule().then((m) => m.TableWhenBuilt));
const sharePanelModule = reimportable(() => import(/* idle-prefetch */ './SharePanel'));
export const sharePanel = lazyView<SharePanelProps>(() => sharePanelModule().then((m) => m.SharePanel));

interface Props<P extends object> {
  code: LazyView<P>;
  props: P;
  /** Closes what could not be shown: the store's or the card's own "close". */
  onDismiss: () => void;
}

/**
 * Mounted for each opening of on-demand UI: nothing while its code arrives, and if it cannot arrive (offline
 * before it was fetched) a message in place with a Close, never an error that takes the page down. An opening
 * after a failed one fetches the code again.
 */
export class OnDemand<P extends object> extends Component<Props<P>, { failed: boolean }> {
  static contextType = IntlContext;
  declare context: ContextType<typeof IntlContext>;
  state = { failed: false };

  constructor(props: Props<P>) {
    super(props);
    props.code.forgetFailure();
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  private readonly message = createRef<HTMLParagraphElement>();

  // The message takes focus (and scrolls into view): what was opened is not there, so the reader is told where they are.
  componentDidUpdate(_: Props<P>, previous: { failed: boolean }) {
    if (this.state.failed && !previous.failed) this.message.current?.focus();
  }

  render() {
    const { code, props, onDismiss } = this.props;
    if (!this.state.failed) {
      return (
        <Suspense fallback={null}>
          <code.View {...props} />
        </Suspense>
      );
    }
    const intl = this.context;
    return (
      <p ref={this.message} className="inline-error" role="alert" tabIndex={-1}>
        {intl.formatMessage({ id: 'errors.onDemand' })} <ReloadButton />{' '}
        <button type="button" className="button" onClick={onDismiss}>{intl.formatMessage({ id: 'errors.onDemand.close' })}</button>
      </p>
    );
  }
}
