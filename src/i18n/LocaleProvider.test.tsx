import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FormattedMessage } from 'react-intl';
import { vi } from 'vitest';

// Fresh modules: the test setup has loaded every language; a page starts with English alone.
async function freshPage() {
  vi.resetModules();
  const { LocaleProvider } = await import('./LocaleProvider');
  const { useFilters } = await import('../state/filters');
  render(
    <LocaleProvider>
      <button type="button">
        <FormattedMessage id="errors.retry" />
      </button>
    </LocaleProvider>,
  );
  return { setLang: (lang: 'fr' | 'ja') => act(() => useFilters.getState().setLang(lang)), useFilters };
}

describe('LocaleProvider', () => {
  afterEach(() => {
    vi.doUnmock('./messages/ja');
    vi.restoreAllMocks();
  });

  it('keeps the page in English while the French catalog downloads, then switches it and <html lang>', async () => {
    const { setLang } = await freshPage();
    setLang('fr');
    expect(screen.getByRole('button')).toHaveTextContent('Retry');
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent('Réessayer'), { timeout: 10_000 });
    // <html lang> is written in an effect after the commit that switched the text: wait for it too.
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  // The menu and the address had gone on saying Japanese while the page stayed English, with a console line alone.
  it('stays in English when the Japanese catalog cannot be downloaded: says so in the page, gives the choice back, and tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('./messages/ja', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { setLang, useFilters } = await freshPage();
    setLang('ja');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The page could not be shown in 日本語 (its words did not download), so it stays in English.');
    expect([useFilters.getState().lang, document.documentElement.lang]).toEqual(['en', 'en']);
    expect(error).toHaveBeenCalledWith('The ja messages could not be loaded:', expect.any(Error));
    // Try again asks for Japanese anew; the network back, the page turns Japanese and the notice goes.
    vi.doUnmock('./messages/ja');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try 日本語 again' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ja'), { timeout: 10_000 });
    expect([useFilters.getState().lang, screen.queryByRole('alert')]).toEqual(['ja', null]);
  });
});
