import { useIntl } from 'react-intl';
import { dataTextsFor } from '../i18n/messages';
import type { Locale } from '../i18n/locales';
import { localiseDataset } from './localiseDataset';
import type { Dataset } from './schema';
import { useDataset } from './useDataset';

// One localised copy per dataset and language, so every view, card and the source panel hold the same object
// (their memos compare it) and switching back to a language reuses its copy.
const copies = new WeakMap<Dataset, Map<Locale, Dataset>>();

/** The dataset with its labels, names and notes in `locale` (as it is, for English or a language not loaded yet). */
export function localisedDataset(dataset: Dataset, locale: Locale): Dataset {
  const texts = dataTextsFor(locale);
  if (texts.size === 0) return dataset;
  const byLocale = copies.get(dataset) ?? new Map<Locale, Dataset>();
  copies.set(dataset, byLocale);
  const copy = byLocale.get(locale) ?? localiseDataset(dataset, texts);
  byLocale.set(locale, copy);
  return copy;
}

/** The loaded dataset in the page's language (undefined while it loads or after it failed). */
export function useLocalisedDataset(): Dataset | undefined {
  const { data } = useDataset();
  const locale = useIntl().locale as Locale;
  return data && localisedDataset(data, locale);
}
