import { useFilters } from '../../state/filters';
import { choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { loadSalesChart } from './loadSalesChart';
import { SalesView } from './SalesView';

// Counts the bar segments React renders: the real component, wrapped.
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('./SalesSegment', async (importOriginal) => {
  const real = await importOriginal<typeof import('./SalesSegment')>();
  return { ...real, SalesSegment: (props: Parameters<typeof real.SalesSegment>[0]) => {
    drawn.count += 1;
    return real.SalesSegment(props);
  } };
});

// 100 brands over 200 years (within the file's limits) took 2 s a cursor step, Recharts drawing 20,000 bars again.
describe('the interactive sales chart', () => {
  beforeAll(() => loadSalesChart());

  it('draws no bar again when only the cursor moves, and draws them when the layout changes', async () => {
    renderWithProviders(<SalesView dataset={dataset} />);
    await choose(() => useFilters.getState().setAt(2018));
    drawn.count = 0;
    await choose(() => useFilters.getState().setAt(2015));
    await choose(() => useFilters.getState().setAt(2012));
    const onCursor = drawn.count;
    await choose(() => useFilters.getState().setSalesLayout('grouped'));
    expect([onCursor, drawn.count > 0]).toEqual([0, true]);
  });
});
