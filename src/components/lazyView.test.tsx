import { renderInLocale } from '../test/renderWithProviders';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { CardBoundary } from './CardBoundary';
import { CardSkeleton } from './CardSkeleton';
import { lazyView } from './lazyView';

function Loaded({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A view as App renders it: the boundary outside, Suspense with the skeleton inside. */
function renderCard(View: React.ComponentType<{ label: string }>, onRetry?: () => void) {
  return renderInLocale(
    <CardBoundary chart="sales" title="Sales by brand per year" onRetry={onRetry}>
      <Suspense fallback={<CardSkeleton chart="sales" title="Sales by brand per year" />}>
        <View label="drawn" />
      </Suspense>
    </CardBoundary>,
  );
}

beforeEach(() => {
  // React logs the caught load error; the boundary's own warning is expected too.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('lazyView', () => {
  it('shows the skeleton while the chunk loads, then the view', async () => {
    const { View } = lazyView(async () => Loaded);
    renderCard(View);
    expect(screen.getByRole('figure', { name: 'Sales by brand per year' })).toHaveClass('is-loading');
    expect(await screen.findByText('drawn')).toBeInTheDocument();
  });

  it('fetches once whether preloaded, rendered, or both', async () => {
    const load = vi.fn(async () => Loaded);
    const { View, preload } = lazyView(load);
    await preload();
    renderCard(View);
    await screen.findByText('drawn');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the card error panel with Retry when the chunk fails, and Retry fetches it again', async () => {
    const load = vi
      .fn<() => Promise<typeof Loaded>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Loaded);
    const { View, forgetFailure } = lazyView(load);
    renderCard(View, forgetFailure);
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByText('Failed to fetch dynamically imported module')).toBeInTheDocument();
    expect(panel.closest('figure')).toHaveAttribute('data-chart', 'sales');
    await userEvent.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('drawn')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not fetch again by itself after a failure: the error stays until Retry', async () => {
    const load = vi.fn<() => Promise<typeof Loaded>>().mockRejectedValue(new Error('offline'));
    const { View, forgetFailure } = lazyView(load);
    renderCard(View, forgetFailure);
    await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('after a failed preload the card shows Retry, which loads the view', async () => {
    const load = vi.fn<() => Promise<typeof Loaded>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Loaded);
    const { View, preload, forgetFailure } = lazyView(load);
    await expect(preload()).rejects.toThrow('offline');
    renderCard(View, forgetFailure);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('drawn')).toBeInTheDocument();
  });
});
