import { screen } from '@testing-library/react';
import { vi } from 'vitest';

// Each test loads the modules afresh, so the interactive chart starts unloaded as on a page's first load.
async function freshView() {
  vi.resetModules();
  const { dataset, renderWithProviders } = await import('../../test/renderWithProviders');
  const { SalesView } = await import('./SalesView');
  return renderWithProviders(<SalesView dataset={dataset} />);
}

describe('LazySalesChart', () => {
  afterEach(() => vi.doUnmock('./SalesChart'));

  it('draws the static chart with all 25 bars at once, then hands over to the interactive chart when it arrives', async () => {
    const { container } = await freshView();
    expect(container.querySelector('svg.sales-static')).not.toBeNull();
    expect(container.querySelectorAll('svg.sales-static rect.sales-segment')).toHaveLength(25);
    expect(screen.queryAllByRole('button', { name: /^Renault 2011:/ })).toHaveLength(0);
    expect(await screen.findByRole('button', { name: /^Renault 2011:/ }, { timeout: 30_000 })).toBeInTheDocument();
    expect(container.querySelector('svg.sales-static')).toBeNull();
    expect(container.querySelectorAll('svg.recharts-surface rect.sales-segment')).toHaveLength(25);
  });

  it('draws the rest of each total apart from the brand bars, as Recharts does: Renault alone in 2014–2016 is 3 bars and 3 rests', async () => {
    // The interactive chart still on its way (it never arrives here), so the change is drawn by the static one.
    vi.doMock('./SalesChart', () => new Promise(() => {}));
    const { container } = await freshView();
    const { useFilters } = await import('../../state/filters');
    const { choose } = await import('../../test/renderWithProviders');
    await choose(() => useFilters.setState({ brands: ['Renault'], yearRange: [2014, 2016] }));
    expect(container.querySelectorAll('svg.sales-static rect.sales-segment')).toHaveLength(3);
    expect(container.querySelectorAll('svg.sales-static rect.sales-others')).toHaveLength(3);
  });

  it('keeps the static chart when the interactive chart cannot be fetched, and the next card tries again', async () => {
    vi.doMock('./SalesChart', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { container, unmount } = await freshView();
    const { loadSalesChart } = await import('./loadSalesChart');
    await expect(loadSalesChart()).rejects.toBeInstanceOf(Error);
    expect(container.querySelectorAll('svg.sales-static rect.sales-segment')).toHaveLength(25);
    unmount();
    vi.doUnmock('./SalesChart');
    await expect(loadSalesChart()).resolves.toHaveProperty('SalesChart');
  });
});
