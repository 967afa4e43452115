import { useIntl } from 'react-intl';
import { reloadPage } from '../lib/reloadPage';

/** Loads the page again, filters kept in its address: for code that cannot load in this document (reloadPage). */
export function ReloadButton() {
  const intl = useIntl();
  return (
    <button type="button" className="button" onClick={reloadPage}>
      {intl.formatMessage({ id: 'errors.reload' })}
    </button>
  );
}
