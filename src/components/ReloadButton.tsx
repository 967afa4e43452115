import { useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { canReloadPage, reloadPage, subscribeToNetwork } from '../lib/reloadPage';

/**
 * Loads the page again, filters kept in its address: for code that cannot load in this document (reloadPage).
 * Offline with nothing to serve the page it waits, saying so, and comes back when the network does.
 */
export function ReloadButton() {
  const intl = useIntl();
  const canReload = useSyncExternalStore(subscribeToNetwork, canReloadPage, () => true);
  return (
    <button type="button" className="button" onClick={reloadPage} disabled={!canReload}>
      {intl.formatMessage({ id: canReload ? 'errors.reload' : 'errors.reloadOffline' })}
    </button>
  );
}
