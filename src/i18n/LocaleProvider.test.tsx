import { act, render, screen, waitFor } from '@testing-library/react';
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
  return (lang: 'fr' | 'ja') => act(() => useFilters.getState().setLang(lang));
}

describe('LocaleProvider', () => {
  afterEach(() => {
    vi.doUnmock('./messages/ja');
    vi.restoreAllMocks();
  });

  it('keeps the page in English while the French catalog downloads, then switches it and <html lang>', async () => {
    const setLang = await freshPage();
    setLang('fr');
    expect(screen.getByRole('button')).toHaveTextContent('Retry');
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent('Réessayer'), { timeout: 10_000 });
    // <html lang> is written in an effect after the commit that switched the text: wait for it too.
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('stays in English, and says why in the console, when the Japanese catalog cannot be downloaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('./messages/ja', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const setLang = await freshPage();
    setLang('ja');
    await waitFor(() => expect(error).toHaveBeenCalledWith('The ja messages could not be loaded:', expect.any(Error)), { timeout: 10_000 });
    expect(screen.getByRole('button')).toHaveTextContent('Retry');
    expect(document.documentElement.lang).toBe('en');
  });
});
