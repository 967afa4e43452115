import { QueryClient, QueryClientProvider, onlineManager } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import realDataset from '../public/data/alliance.json';
import { App } from './App';
import { SalesView } from './charts/sales/SalesView';
import { CardBoundary } from './components/CardBoundary';
import { CHART_IDS, type ChartId } from './components/chartTypes';
import type { Dataset } from './data/schema';
import { LocaleProvider } from './i18n/LocaleProvider';
import { useFilters } from './state/filters';
import { dataset, renderWithProviders } from './test/renderWithProviders';

// Lets a test make one view throw inside the real App, with the real boundaries around it.
const failing = vi.hoisted(() => ({ chart: null as string | null }));
vi.mock('./views', async (importOriginal) => {
  const { VIEWS } = await importOriginal<typeof import('./views')>();
  return {
    VIEWS: VIEWS.map((view) => ({
      ...view,
      code: {
        ...view.code,
        View: (props: { dataset: Dataset }) => {
          if (failing.chart === view.chart) throw new Error(`${view.chart} exploded`);
          return <view.code.View {...props} />;
        },
      },
    })),
  };
});

/** Stubs fetch: the dataset request gets `body` (a string is sent as-is); anything else (the map outlines) a 404. */
function serve(body: unknown, status = 200) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const fetch = vi.fn(async (url: RequestInfo | URL) =>
    String(url).endsWith('data/alliance.json')
      ? new Response(text, { status, headers: { 'Content-Type': 'application/json' } })
      : new Response('not in tests', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The whole app with an empty query cache, so it loads through the stubbed fetch like the page does. */
function renderApp() {
  useFilters.setState(useFilters.getInitialState(), true);
  window.history.replaceState(null, '', '/');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </QueryClientProvider>,
  );
}

/** Waits for the dataset to be in (the header counts appear) and the skeletons to be gone (views are lazy chunks). */
async function loaded() {
  // The first test also transforms the view modules, which took 15 s on a machine running a browser suite
  // beside this one (4 s quiet): the waits are generous, and so is this file's time limit (below).
  await screen.findByText(/years? of sales/, {}, { timeout: 30_000 });
  await waitFor(() => expect(document.querySelectorAll('figure.is-loading')).toHaveLength(0), { timeout: 30_000 });
}

vi.setConfig({ testTimeout: 90_000 });

const figures = () => document.querySelectorAll('figure[data-chart]');

beforeEach(() => {
  failing.chart = null;
  // React logs caught render errors; the boundary's own warning is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('App with a valid dataset', () => {
  it('fetches the dataset once, from data/alliance.json', async () => {
    const fetch = serve(realDataset);
    renderApp();
    await loaded();
    expect(fetch.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('alliance'))).toEqual(['/data/alliance.json']);
  });

  it('renders the four cards, in page order', async () => {
    serve(realDataset);
    renderApp();
    await loaded();
    expect([...figures()].map((figure) => figure.getAttribute('data-chart'))).toEqual(CHART_IDS);
  });

  it('gives each card an accessible name from its title', async () => {
    serve(realDataset);
    renderApp();
    await loaded();
    for (const name of ['Sales by brand per year', 'Electric vehicles: cumulative sales', 'Who owns whom', 'Plant capacity']) {
      expect(screen.getByRole('figure', { name })).toBeInTheDocument();
    }
  });

  it('renders the filter bar with both year fields and the four brand toggles', async () => {
    serve(realDataset);
    renderApp();
    const filters = await screen.findByRole('region', { name: 'Filters' });
    expect(within(filters).getByRole('spinbutton', { name: 'From year' })).toHaveValue(1999);
    expect(within(filters).getByRole('spinbutton', { name: 'To year' })).toHaveValue(2023);
    const brands = within(within(filters).getByRole('group', { name: 'Brands' })).getAllByRole('button');
    expect(brands.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Renault', 'true'],
      ['Nissan', 'true'],
      ['Mitsubishi', 'true'],
      ['AvtoVAZ', 'true'],
    ]);
  });

  it('shows what the dataset holds in the header once loaded', async () => {
    serve(realDataset);
    renderApp();
    expect(await screen.findByText(/^\d+ years of sales · 4 brands · \d+ plants · \d+ sources$/)).toBeInTheDocument();
  });

  it('gives every card a Show table button', async () => {
    serve(realDataset);
    renderApp();
    await loaded();
    for (const figure of figures()) {
      expect(within(figure as HTMLElement).getByRole('button', { name: 'Show table' })).toBeInTheDocument();
    }
  });

  it('toggling a brand updates its pressed state', async () => {
    serve(realDataset);
    renderApp();
    await loaded();
    const brands = screen.getByRole('group', { name: 'Brands' });
    await userEvent.click(within(brands).getByRole('button', { name: 'Renault', pressed: true }));
    expect(within(brands).getByRole('button', { name: 'Renault', pressed: false })).toBeInTheDocument();
  });
});

describe('App with a dataset that fails to load', () => {
  // On a host page the error alone did not say which chart had failed, nor where to see it.
  it('in an embed, names the chart above the error and links to its own page', async () => {
    serve('not json', 200);
    useFilters.setState(useFilters.getInitialState(), true);
    window.history.replaceState(null, '', '/?chart=ev&embed=1&years=2013-2016&brands=Nissan');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<QueryClientProvider client={client}><LocaleProvider><App /></LocaleProvider></QueryClientProvider>);
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'Electric vehicles: cumulative sales' })).toBeInTheDocument();
    // With the address's filters: the store never read them, the dataset having failed.
    expect(screen.getByRole('link', { name: /^Open in Alliance Atlas/ })).toHaveAttribute('href', expect.stringMatching(/\?chart=ev&years=2013-2016&brands=Nissan$/));
    window.history.replaceState(null, '', '/');
  });

  it('renders the error panel naming the failing path, and no cards', async () => {
    const broken = structuredClone(realDataset) as unknown as { sales: Record<string, unknown>[] };
    broken.sales[3] = { ...broken.sales[3], units: 'abc' };
    serve(broken);
    renderApp();
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading', { name: 'The data could not be loaded' })).toBeInTheDocument();
    expect(within(panel).getByText('The dataset file is not valid.')).toBeInTheDocument();
    expect(within(panel).getByText('What the check found, as the validator words it:')).toBeInTheDocument();
    expect(within(panel).getByText('sales[3].units: expected number, got "abc"')).toBeInTheDocument();
    expect(figures()).toHaveLength(0);
  });

  it('introduces the validator’s English words as such on a French page', async () => {
    const broken = structuredClone(realDataset) as unknown as { sales: Record<string, unknown>[] };
    broken.sales[3] = { ...broken.sales[3], units: 'abc' };
    serve(broken);
    renderApp();
    act(() => useFilters.getState().setLang('fr'));
    const panel = await screen.findByRole('alert');
    expect(await within(panel).findByText('Ce que la vérification a trouvé, dans les termes du validateur (en anglais) :', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(panel).getByText('sales[3].units: expected number, got "abc"')).toBeInTheDocument();
  });

  it('says the file is not JSON when it is not', async () => {
    serve('<!doctype html>');
    renderApp();
    expect(await screen.findByText('The dataset file is not valid JSON.')).toBeInTheDocument();
  });

  it('says which HTTP status came back, and introduces the address it tried as what the request reported, not as a validator’s words', async () => {
    serve('gone', 404);
    renderApp();
    expect(await screen.findByText('The dataset could not be downloaded (HTTP 404).')).toBeInTheDocument();
    const panel = screen.getByRole('alert');
    expect(within(panel).getByText('What failed, as the browser or the app reports it:')).toBeInTheDocument();
    expect(within(panel).queryByText('What the check found, as the validator words it:')).not.toBeInTheDocument();
  });

  it('Retry loads the dataset again and draws the four cards once it is fixed', async () => {
    serve('gone', 404);
    renderApp();
    const retry = await screen.findByRole('button', { name: 'Retry' });
    serve(realDataset);
    await userEvent.click(retry);
    await loaded();
    expect(figures()).toHaveLength(4);
    expect(screen.queryByText('The data could not be loaded')).not.toBeInTheDocument();
  });

  describe('while the browser is offline', () => {
    afterEach(() => onlineManager.setOnline(true));

    it('Retry says the reader is offline and keeps Retry, instead of loading forever; back online, the data loads by itself', async () => {
      serve('server error', 500);
      renderApp();
      const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
      act(() => onlineManager.setOnline(false));
      await userEvent.click(retry);
      const panel = await screen.findByRole('alert', {}, { timeout: 10_000 });
      await waitFor(() => expect(within(panel).getByRole('heading')).toHaveTextContent('You are offline'));
      expect(within(panel).getByText(/loads? by itself when the connection returns/)).toBeInTheDocument();
      expect(within(panel).getByRole('button', { name: 'Retry' })).toBeEnabled();
      expect(document.querySelectorAll('figure.is-loading')).toHaveLength(0);
      expect(screen.getByText('Dataset not loaded')).toBeInTheDocument();
      serve(realDataset);
      act(() => onlineManager.setOnline(true));
      await loaded();
      expect(figures()).toHaveLength(4);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });
});

describe('error boundaries', () => {
  function Thrower({ isBroken }: { isBroken: boolean }) {
    if (isBroken) throw new Error('model returned garbage');
    return <p>Recovered view</p>;
  }

  /** A boundary around a throwing component beside a real view; the button fixes the thrower. */
  function Harness() {
    const [isBroken, setBroken] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setBroken(false)}>Fix it</button>
        <CardBoundary chart="ev" title="Broken view">
          <Thrower isBroken={isBroken} />
        </CardBoundary>
        <CardBoundary chart="sales" title="Sales by brand per year">
          <SalesView dataset={dataset} />
        </CardBoundary>
      </>
    );
  }

  it('shows the error inside the failing card, with its title and the error message', () => {
    renderWithProviders(<Harness />);
    const card = screen.getByRole('figure', { name: 'Broken view' });
    expect(within(card).getByRole('alert')).toHaveTextContent('This view could not be drawn');
    expect(within(card).getByText('model returned garbage')).toBeInTheDocument();
    expect(within(card).getByText('What failed, as the browser or the app reports it:')).toBeInTheDocument();
  });

  it('keeps the real view next to it working', () => {
    renderWithProviders(<Harness />);
    const sales = document.querySelector('figure[data-chart="sales"]') as HTMLElement;
    expect(within(sales).getByRole('heading', { name: 'Sales by brand per year' })).toBeInTheDocument();
    expect(within(sales).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(sales).getByRole('button', { name: 'Show table' })).toBeEnabled();
  });

  it('Retry draws the view again once it no longer throws', async () => {
    renderWithProviders(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Fix it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Recovered view')).toBeInTheDocument();
    expect(screen.queryByText('This view could not be drawn')).not.toBeInTheDocument();
  });

  it('a failed card tries again by itself when its inputs change, once per change, and keeps the manual Retry', async () => {
    let renders = 0;
    function Picky({ year }: { year: number }) {
      renders += 1;
      if (year !== 2017) throw new Error(`cannot draw ${year}`);
      return <p>Drawn for {year}</p>;
    }
    function Inputs() {
      const [year, setYear] = useState(2016);
      return (
        <>
          <button type="button" onClick={() => setYear((y) => y - 1)}>Earlier</button>
          <button type="button" onClick={() => setYear(2017)}>2017</button>
          <CardBoundary chart="ev" title="Picky view" inputs={[year]}>
            <Picky year={year} />
          </CardBoundary>
        </>
      );
    }
    renderWithProviders(<Inputs />);
    expect(screen.getByText('cannot draw 2016')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const before = renders;
    await userEvent.click(screen.getByRole('button', { name: 'Earlier' }));
    // Tried once for 2015 (React renders a throwing component twice before giving up), failed, and stays failed.
    expect(screen.getByText('cannot draw 2015')).toBeInTheDocument();
    expect(renders - before).toBeLessThanOrEqual(2);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '2017' }));
    expect(screen.getByText('Drawn for 2017')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(CHART_IDS)('in the App, a throwing %s view is contained while the other three render', async (chart: ChartId) => {
    failing.chart = chart;
    serve(realDataset);
    renderApp();
    const broken = await screen.findByRole('alert', {}, { timeout: 30_000 });
    await loaded();
    expect(broken.closest('figure')?.getAttribute('data-chart')).toBe(chart);
    expect(within(broken).getByText(`${chart} exploded`)).toBeInTheDocument();
    expect(within(broken).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const healthy = [...figures()].filter((figure) => figure.getAttribute('data-chart') !== chart);
    expect(healthy).toHaveLength(3);
    for (const figure of healthy) expect(within(figure as HTMLElement).queryByRole('alert')).not.toBeInTheDocument();
  });
});
