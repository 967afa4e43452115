// An export failure in words, in the page's language: the card's buttons and the dialog both say it. Pure, so
// each language's exact text is unit-tested. (The dialog's own words: dialogWords.ts.)
import type { IntlShape } from 'react-intl';
import { CodeLoadError, NothingToExportError } from '../export/errors';

/** A failed export in words: an empty chart or code that could not load in the page's language, anything else as the browser reported it. */
export function exportErrorText(cause: unknown, intl: IntlShape): string {
  if (cause instanceof NothingToExportError) return intl.formatMessage({ id: 'export.nothing' });
  if (cause instanceof CodeLoadError) return intl.formatMessage({ id: 'export.codeFailed' });
  return cause instanceof Error ? cause.message : String(cause);
}
