import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { CardBoundary } from './CardBoundary';
import { lazyView } from './lazyView';
import { OnDemand } from './onDemand';
import { reloadPage } from '../lib/reloadPage';

vi.mock('../lib/reloadPage', async (original) => ({ ...(await original<typeof import('../lib/reloadPage')>()), reloadPage: vi.fn() }));

// Chromium 150 keeps a module whose dependency failed to load refused for the document's life: no Retry or new
// opening can load it, only a new document. The page's address holds the reader's filters, so a reload loses none.
const refused = () => lazyView<Record<string, never>>(() => Promise.reject(new Error('Failed to fetch dynamically imported module: http://localhost/assets/svg-x.js')));

beforeEach(() => vi.mocked(reloadPage).mockClear());

it('offers a reload beside Close when what was opened cannot load', async () => {
  renderWithProviders(<OnDemand code={refused()} props={{}} onDismiss={() => {}} />);
  const alert = await screen.findByRole('alert');
  expect([...alert.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reload the page (your filters are kept)', 'Close']);
  fireEvent.click(screen.getByRole('button', { name: 'Reload the page (your filters are kept)' }));
  expect(reloadPage).toHaveBeenCalledTimes(1);
});

it('offers a reload beside Retry in the card of a view that failed', () => {
  const Broken = () => {
    throw new Error('Failed to fetch dynamically imported module: http://localhost/assets/EvView-x.js');
  };
  vi.spyOn(console, 'error').mockImplementation(() => {});
  renderWithProviders(<CardBoundary chart="ev" title="Electric vehicles"><Broken /></CardBoundary>);
  expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Retry', 'Reload the page (your filters are kept)']);
  fireEvent.click(screen.getByRole('button', { name: 'Reload the page (your filters are kept)' }));
  expect(reloadPage).toHaveBeenCalledTimes(1);
});

describe('while offline', () => {
  const setOnLine = (value: boolean) => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  afterEach(() => {
    setOnLine(true);
    act(() => void window.dispatchEvent(new Event('online')));
  });

  // A reload with no network and no service worker serving the page shows the browser's offline page instead
  // of the dashboard: the button waits for the network, and comes back by itself when it does.
  it('holds the reload until the network is back', async () => {
    setOnLine(false);
    renderWithProviders(<OnDemand code={refused()} props={{}} onDismiss={() => {}} />);
    act(() => void window.dispatchEvent(new Event('offline')));
    const held = await screen.findByRole('button', { name: 'Reload once back online (your filters are kept)' });
    expect(held).toBeDisabled();
    setOnLine(true);
    act(() => void window.dispatchEvent(new Event('online')));
    const reload = screen.getByRole('button', { name: 'Reload the page (your filters are kept)' });
    expect(reload).toBeEnabled();
    fireEvent.click(reload);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('offers the reload when a service worker serves the page offline', async () => {
    setOnLine(false);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: {} } });
    try {
      renderWithProviders(<OnDemand code={refused()} props={{}} onDismiss={() => {}} />);
      act(() => void window.dispatchEvent(new Event('offline')));
      expect(await screen.findByRole('button', { name: 'Reload the page (your filters are kept)' })).toBeEnabled();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
