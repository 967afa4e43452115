import { act, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
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

  it('hydrates the pre-rendered static chart and does not draw it again once hydration is done', async () => {
    // Recharts still on its way, and the card as wide as it was pre-rendered (a 1,400 px window): nothing to redraw.
    vi.doMock('./SalesChart', () => new Promise(() => {}));
    const draws = vi.fn();
    vi.doMock('./SalesStaticSvg', async (original) => {
      const actual = await original<typeof import('./SalesStaticSvg')>();
      return { ...actual, SalesImage: (props: ComponentProps<typeof actual.SalesImage>) => (draws(), actual.SalesImage(props)) };
    });
    vi.resetModules();
    const { PRERENDER_WIDTH, PrerenderContext } = await import('../../components/prerenderContext');
    const { dataset } = await import('../../test/renderWithProviders');
    const { QueryClient, QueryClientProvider } = await import('@tanstack/react-query');
    const { LocaleProvider } = await import('../../i18n/LocaleProvider');
    const { DrawnChoicesProvider } = await import('../../state/drawnChoices');
    const { SalesView } = await import('./SalesView');
    const { datasetDomain, useFilters } = await import('../../state/filters');
    const stubbed = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        this.report([{ target, contentRect: { width: PRERENDER_WIDTH, height: 300 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    };
    useFilters.getState().setDomain(datasetDomain(dataset));
    const page = () => (
      <PrerenderContext.Provider value>
        <QueryClientProvider client={new QueryClient()}>
          <LocaleProvider>
            <DrawnChoicesProvider>
              <SalesView dataset={dataset} />
            </DrawnChoicesProvider>
          </LocaleProvider>
        </QueryClientProvider>
      </PrerenderContext.Provider>
    );
    const container = document.createElement('div');
    const errors = vi.spyOn(console, 'error');
    try {
      // The page's HTML as the build writes it, parsed as the browser parses it.
      container.append(...new DOMParser().parseFromString(renderToString(page()), 'text/html').body.childNodes);
      document.body.append(container);
      draws.mockClear();
      // React 19 reports a hydration mismatch to onRecoverableError, not to console.error.
      const recovered = vi.fn();
      const root = await act(async () => hydrateRoot(container, page(), { onRecoverableError: recovered }));
      expect(container.querySelectorAll('svg.sales-static rect.sales-segment')).toHaveLength(25);
      // The hydration render only: no second drawing when the page turns hydrated (it was 147 more components).
      expect(draws).toHaveBeenCalledTimes(1);
      expect(recovered).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
      act(() => root.unmount());
    } finally {
      container.remove();
      errors.mockRestore();
      globalThis.ResizeObserver = stubbed;
      vi.doUnmock('./SalesStaticSvg');
    }
  });
});

