import { useIntl } from 'react-intl';
import { useIsOnline } from '../lib/useIsOnline';
import { reloadPage } from '../lib/reloadPage';

/**
 * Loads the page again, filters kept in its address: for code that cannot load in this document (reloadPage).
 * Offline with no service worker to serve the page (offline/), a reload would show the browser's offline page:
 * it waits, saying so, and comes back when the network does.
 */
export function ReloadButton() {
  const intl = useIntl();
  const canReload = useIsOnline() || Boolean(navigator.serviceWorker?.controller);
  return (
    <button type="button" className="button" onClick={reloadPage} disabled={!canReload}>
      {intl.formatMessage({ id: canReload ? 'errors.reload' : 'errors.reloadOffline' })}
    </button>
  );
}
