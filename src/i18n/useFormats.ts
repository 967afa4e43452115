import { useIntl } from 'react-intl';
import { formatsFor, type Formats } from './format';
import type { Locale } from './locales';

/** The number, date and list formats of the language in force. */
export function useFormats(): Formats {
  return formatsFor(useIntl().locale as Locale);
}
