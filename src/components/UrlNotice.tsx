import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeIgnored, type IgnoredParam } from '../state/urlState';

/** Tells the person which link parameters were ignored, instead of failing silently. */
export function UrlNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  const intl = useIntl();
  const [dismissed, setDismissed] = useState<readonly IgnoredParam[] | null>(null);
  if (ignored.length === 0 || dismissed === ignored) return null;
  return (
    <div className="notice" role="status">
      <p>{describeIgnored(ignored, intl)}</p>
      <button type="button" className="button" onClick={() => setDismissed(ignored)}><FormattedMessage id="filters.dismiss" /></button>
    </div>
  );
}
