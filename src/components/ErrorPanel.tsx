import { FormattedMessage } from 'react-intl';
import { ReloadButton } from './ReloadButton';

/** A failure the person can read and act on; details are data, rendered as text. */
export function ErrorPanel({ title, message, details = [], isValidation = false, onRetry, canReload = false }: {
  title: string;
  message: string;
  details?: readonly string[];
  /** The details are the dataset validator's findings; otherwise what a request or the code reported. */
  isValidation?: boolean;
  onRetry?: () => void;
  /** Offers a reload too: for code that may not load again in this document (ReloadButton). */
  canReload?: boolean;
}) {
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-title">{title}</h2>
      <p>{message}</p>
      {/* The validator's or the app's own words, in English on every page: introduced as such, so a French or Japanese page does not just switch language. */}
      {details.length > 0 && <p className="error-details-label"><FormattedMessage id={isValidation ? 'errors.details' : 'errors.details.other'} /></p>}
      {details.length > 0 && (
        <ul className="error-details">
          {details.map((line, i) => (
            <li key={i}><code>{line}</code></li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button primary" onClick={onRetry}>
          <FormattedMessage id="errors.retry" />
        </button>
      )}
      {canReload && <>{' '}<ReloadButton /></>}
    </div>
  );
}
