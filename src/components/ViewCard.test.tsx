import { act, screen } from '@testing-library/react';
import { useRef } from 'react';
import { vi } from 'vitest';
import type { Dataset } from '../data/schema';
import { afterDrawn, dataset, renderWithProviders } from '../test/renderWithProviders';
import { cardWidthOf } from './CardSkeleton';
import { lazyView } from './lazyView';
import { PrerenderContext } from './prerenderContext';
import { useElementWidth } from './useElementWidth';
import { ViewCard } from './ViewCard';
import { useLocalisedDataset } from '../data/useLocalisedDataset';
import { useFilters } from '../state/filters';

/** A view whose code is already in, naming how many yearly totals it drew. */
async function loadedView(name: string) {
  const code = lazyView(async () => ({ dataset: drawn }: { dataset: Dataset }) => <p>{`${name} drew ${drawn.salesTotals.length} years`}</p>);
  await act(() => code.preload());
  return code;
}

describe('ViewCard', () => {
  it('draws the first view in the first render, and the later ones only once that frame is painted', async () => {
    const [first, later] = [await loadedView('sales'), await loadedView('ev')];
    renderWithProviders(
      <>
        <ViewCard chart="sales" title="Sales" code={first} dataset={dataset} isFirst />
        <ViewCard chart="ev" title="EV" code={later} dataset={dataset} />
      </>,
    );
    expect(screen.getByText('sales drew 8 years')).toBeInTheDocument();
    // The later card waits as a skeleton: its render must not stand between the first chart and its frame.
    expect(screen.queryByText('ev drew 8 years')).not.toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'EV' })).toHaveAttribute('aria-busy', 'true');
    await afterDrawn();
    expect(screen.getByText('ev drew 8 years')).toBeInTheDocument();
  });

  it('draws every view in the first render of a pre-rendered page, which the HTML already shows', async () => {
    const [first, later] = [await loadedView('sales'), await loadedView('ev')];
    renderWithProviders(
      <PrerenderContext value>
        <ViewCard chart="sales" title="Sales" code={first} dataset={dataset} isFirst />
        <ViewCard chart="ev" title="EV" code={later} dataset={dataset} />
      </PrerenderContext>,
    );
    expect(screen.getByText('ev drew 8 years')).toBeInTheDocument();
  });

  it('takes the dataset in a new language in the render that switches language: no frame of English names in French words', async () => {
    const code = lazyView(async () => ({ dataset: drawn }: { dataset: Dataset }) => <p>{`state: ${drawn.companies.find((c) => c.id === 'french-state')?.name}`}</p>);
    await act(() => code.preload());
    function Page() {
      const localised = useLocalisedDataset();
      return localised ? <ViewCard chart="ownership" title="Ownership" code={code} dataset={localised} /> : null;
    }
    renderWithProviders(<Page />);
    await afterDrawn();
    expect(screen.getByText('state: French State')).toBeInTheDocument();
    act(() => useFilters.getState().setLang('fr'));
    expect(screen.getByText('state: État français')).toBeInTheDocument();
  });

  it("starts the view's chart at the width its card last had, before the chart's own observer reports", async () => {
    const code = lazyView<{ dataset: Dataset }>(async () => function Measured() {
      const ref = useRef<HTMLDivElement>(null);
      return <div ref={ref}>{`drawn at ${useElementWidth(ref)}`}</div>;
    });
    await act(() => code.preload());
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    try {
      cardWidthOf('plants').width = 612;
      renderWithProviders(<ViewCard chart="plants" title="Plants" code={code} dataset={dataset} isFirst />);
      expect(screen.getByText('drawn at 612')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
