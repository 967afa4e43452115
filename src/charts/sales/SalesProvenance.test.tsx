import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcePanel } from '../../components/SourcePanel';
import { useFilters } from '../../state/filters';
import { choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { loadSalesChart } from './loadSalesChart';
import { SalesView } from './SalesView';

async function renderSalesWithPanel() {
  renderWithProviders(
    <>
      <SalesView dataset={dataset} />
      <SourcePanel />
    </>,
  );
  await choose(() => useFilters.getState().setYearRange([2017, 2017]));
}

describe('sales bar → source panel', () => {
  // The interactive chart is fetched after the page is drawn; these tests read it, so it is loaded first.
  beforeAll(() => loadSalesChart());

  it('clicking a bar opens the panel with the sales-table row quoting that brand and year', async () => {
    await renderSalesWithPanel();
    await userEvent.click(screen.getByLabelText(/^Nissan 2017:/));
    const panel = screen.getByRole('dialog');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Renault–Nissan–Mitsubishi Alliance');
    const quote = within(panel).getAllByRole('blockquote')[0]!;
    expect(quote).toHaveTextContent('Nissan — 4,669,981 — 4,940,133');
    expect(within(quote).getByText('5,816,278').tagName).toBe('MARK');
  });

  it('Escape closes the panel and returns focus to the bar', async () => {
    await renderSalesWithPanel();
    const bar = screen.getByLabelText(/^Renault 2017:/);
    act(() => bar.focus());
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bar).toHaveFocus();
  });
});
