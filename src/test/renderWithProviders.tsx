import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import realDataset from '../../public/data/alliance.json';
import { Dataset } from '../data/schema';
import { dataTextsFromPairs, localiseDataset } from '../data/localiseDataset';
import frTexts from '../i18n/dataTexts/fr.json';
import jaTexts from '../i18n/dataTexts/ja.json';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { afterNextPaint } from '../lib/afterNextPaint';
import type { Locale } from '../i18n/locales';
import { DrawnChoicesProvider } from '../state/drawnChoices';
import { datasetDomain, useFilters, type Domain } from '../state/filters';
import { useSourcePanel } from '../state/sourcePanel';

/** The real dataset, validated: component tests draw what the page draws. */
export const dataset = Dataset.parse(realDataset);
/** The real dataset with its texts in French or Japanese, as the page shows it in that language. */
export const datasetIn = (locale: 'fr' | 'ja'): Dataset => localiseDataset(dataset, dataTextsFromPairs(locale === 'fr' ? frTexts : jaTexts));
/** The real dataset's years (1999–2023) and brands. */
export const domain: Domain = datasetDomain(dataset);

/** Renders inside the page's IntlProvider, in the store's language (set it first for another than English). */
export function renderInLocale(ui: ReactElement) {
  return render(<LocaleProvider>{ui}</LocaleProvider>);
}

/** Renders with a fresh query cache pre-filled with `data`, and fresh stores, in a language (English by default). */
export function renderWithProviders(ui: ReactElement, data: Dataset | null = dataset, lang: Locale = 'en') {
  useFilters.setState(useFilters.getInitialState(), true);
  // The app adopts the dataset's domain when it arrives; a view rendered alone starts from there.
  if (data) useFilters.getState().setDomain(datasetDomain(data));
  useFilters.getState().setLang(lang);
  useSourcePanel.setState(useSourcePanel.getInitialState(), true);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (data) client.setQueryData(['dataset'], data);
  return render(
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <DrawnChoicesProvider>{ui}</DrawnChoicesProvider>
      </LocaleProvider>
    </QueryClientProvider>,
  );
}

/**
 * The views draw a change once its frame is painted (state/drawnChoices): waits, inside act, until they have —
 * one frame and the task after it, as the page does.
 */
export async function afterDrawn(): Promise<void> {
  await act(() => new Promise<void>((resolve) => afterNextPaint(() => setTimeout(resolve, 0))));
}

/** Makes a change to the user's choices (or clicks one), synchronously, and waits until the views draw it; after an awaited userEvent action, call afterDrawn. */
export async function choose(change: () => void): Promise<void> {
  act(change);
  await afterDrawn();
}
