import { fireEvent, screen, within } from '@testing-library/react';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { afterDrawn, choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { loadSalesChart } from './loadSalesChart';
import { SalesView } from './SalesView';

const SEGMENT = /^(Renault|Nissan|Mitsubishi|AvtoVAZ) \d{4}:/;

async function renderFiltered() {
  const view = renderWithProviders(<SalesView dataset={dataset} />);
  // renderWithProviders resets the stores, so the filter is set after it.
  await choose(() => useFilters.setState({ brands: ['Renault', 'Nissan'], yearRange: [2014, 2016] }));
  return view;
}

const yTickTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('text.sales-y-tick')].map((t) => t.textContent ?? '');

describe('SalesView', () => {
  // The interactive chart is fetched after the page is drawn; these tests read it, so it is loaded first.
  beforeAll(() => loadSalesChart());

  // A grown dataset's notes ran to dozens of lines under the chart, every one of them before the sources.
  it('shows the first eight notes under the chart until the reader asks for all', async () => {
    const extra = Array.from({ length: 9 }, (_, i) => `Brand ${i}`);
    const grown = {
      ...dataset,
      brands: [...dataset.brands, ...extra.map((id) => ({ id, colours: { light: '#555555', dark: '#aaaaaa' } }))],
      sales: [...dataset.sales, ...extra.flatMap((brand) => [2011, 2012].map((year) => ({ year, brand, units: year === 2011 ? 1000 : null, source: 'wiki-alliance', note: 'test' })))],
    };
    const { container } = renderWithProviders(<SalesView dataset={grown} />, grown);
    const notes = () => container.querySelectorAll('.footnotes li').length;
    const shown = notes();
    await choose(() => fireEvent.click(screen.getByRole('button', { name: /^Show all \d+ notes$/ })));
    expect([shown, notes() > 8, screen.queryByRole('button', { name: /^Show all \d+ notes$/ })]).toEqual([8, true, null]);
  });

  // 100 brands over 200 years were 20,000 Recharts bars: 5 s a brand toggle.
  it('gives bars of their own to the 12 brands that sold the most, and the other two to the grey rest, with a note first', async () => {
    const extra = Array.from({ length: 11 }, (_, i) => `Brand ${i}`);
    const grown = {
      ...dataset,
      brands: [...dataset.brands, ...extra.map((id) => ({ id, colours: { light: '#555555', dark: '#aaaaaa' } }))],
      sales: [...dataset.sales, ...extra.map((brand, i) => ({ year: 2011, brand, units: 1000 + i, source: 'wiki-alliance', quote: 'test' }))],
      // The published total counts the new brands too (11 × 1,000 + 55).
      salesTotals: dataset.salesTotals.map((t) => (t.year === 2011 ? { ...t, units: t.units + 11_055 } : t)),
    };
    const { container } = renderWithProviders(<SalesView dataset={grown} />, grown);
    await choose(() => useFilters.setState({ brands: grown.brands.map((b) => b.id), yearRange: [2011, 2011] }));
    expect(container.querySelector('.footnotes li')).toHaveTextContent(
      /^Of the 14 selected brands with figures in 2011, the 12 that sold the most have bars of their own; the grey part of each bar holds the other 2\.$/,
    );
    const segments = screen.getAllByRole('button', { name: /^[\w ]+ 2011: / }).map((b) => b.getAttribute('aria-label')!.replace(/ 2011:.*/, ''));
    // Mitsubishi has no figure in 2011 (the seed's table starts it in 2016), AvtoVAZ has; Brand 0 and 1 sold the least.
    expect(segments).toEqual(['Renault', 'Nissan', 'AvtoVAZ', ...extra.slice(2)]);
    expect(within(container.querySelector('.legend')!).getByText('Other brands')).toBeInTheDocument();
    // The grey rest on top of the stack holds Brand 0 and Brand 1: 1,000 + 1,001 units.
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')];
    const rest = bars.filter((bar) => !bar.closest('[role="button"]') && !bar.matches('.sales-segment'));
    expect(rest).toHaveLength(1);
    // Pointed at, the grey rest shows its year's tooltip, whose "Other brands" row holds Brand 0 and 1 (1,000 + 1,001).
    fireEvent.mouseEnter(rest[0]!);
    const row = within(await screen.findByRole('tooltip')).getByRole('rowheader', { name: 'Other brands' }).closest('tr')!;
    expect(row.textContent).toBe('Other brands2,001<0.1%');
  });

  it('draws one segment per selected brand and year: 6 for Renault and Nissan in 2014–2016', async () => {
    await renderFiltered();
    expect(screen.getAllByRole('button', { name: SEGMENT })).toHaveLength(6);
  });

  it('labels a segment with its exact units and share', async () => {
    await renderFiltered();
    expect(screen.getByRole('button', { name: 'Renault 2014: 2,712,432 units, 32% of the Alliance total' })).toBeInTheDocument();
  });

  it('comparing two years frames the compared one dashed and gives both years’ figures under the chart', async () => {
    const { container } = renderWithProviders(<SalesView dataset={dataset} />);
    await choose(() => useFilters.setState({ brands: ['Nissan'], yearRange: [2011, 2018], at: 2017, vs: 2018 }));
    // The sentence's code is fetched when a comparison is first asked for.
    expect(await screen.findByText(/Comparing 2017 with 2018: Alliance total 10\.6M → 10\.8M \(\+1\.4%\); Nissan 5\.82M → 5\.65M \(−2\.8%\)\./)).toBeInTheDocument();
    expect(container.querySelectorAll('rect.sales-vs')).toHaveLength(1);
    await choose(() => useFilters.setState({ vs: null }));
    expect(screen.queryByText(/Comparing/)).toBeNull();
    expect(container.querySelectorAll('rect.sales-vs')).toHaveLength(0);
  });

  it('draws no segment for a missing figure: 3 brands in 2017, not 4', async () => {
    renderWithProviders(<SalesView dataset={dataset} />);
    await choose(() => useFilters.setState({ yearRange: [2017, 2017] }));
    expect(screen.getAllByRole('button', { name: SEGMENT }).map((b) => b.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Renault 2017', 'Nissan 2017', 'Mitsubishi 2017',
    ]);
  });

  it('labels the units axis in millions', async () => {
    const { container } = await renderFiltered();
    expect(yTickTexts(container)).toEqual(['0', '2M', '4M', '6M', '8M', '10M']);
  });

  it('switches the axis to percent in share mode', async () => {
    const { container } = await renderFiltered();
    await choose(() => fireEvent.click(screen.getByRole('button', { name: 'Share of total (%)' })));
    expect(useFilters.getState().salesMode).toBe('share');
    expect(yTickTexts(container)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('marks the pressed layout button', async () => {
    await renderFiltered();
    const layout = screen.getByRole('group', { name: 'Bar layout' });
    fireEvent.click(within(layout).getByRole('button', { name: 'Grouped' }));
    expect(within(layout).getByRole('button', { name: 'Grouped' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens the source panel for the sales record when a segment is clicked', async () => {
    await renderFiltered();
    fireEvent.click(screen.getByRole('button', { name: /^Nissan 2015:/ }));
    const index = dataset.sales.findIndex((s) => s.brand === 'Nissan' && s.year === 2015);
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: { key: 'sales', index } });
  });

  it('opens the source panel on Enter too', async () => {
    await renderFiltered();
    fireEvent.keyDown(screen.getByRole('button', { name: /^Renault 2016:/ }), { key: 'Enter' });
    expect(useSourcePanel.getState().open).toEqual({ sourceId: 'wiki-alliance', record: { key: 'sales', index: 5 } });
  });

  it('shows the tooltip on keyboard focus and highlights the brand', async () => {
    await renderFiltered();
    fireEvent.focus(screen.getByRole('button', { name: /^Nissan 2014:/ }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('5,310,064');
    expect(tooltip).toHaveTextContent('62.7%');
    expect(tooltip).toHaveTextContent('8,470,610');
    expect(tooltip).toHaveTextContent(/Source: Renault–Nissan–Mitsubishi Alliance$/);
    expect(useFilters.getState().highlighted).toEqual(['Nissan']);
  });

  it('dims the other brands while one is highlighted', async () => {
    await renderFiltered();
    await choose(() => useFilters.setState({ highlighted: ['Renault'] }));
    expect(screen.getByRole('button', { name: /^Nissan 2014:/ })).toHaveAttribute('opacity', '0.25');
  });

  it('moves the year cursor, not the range, when a year label is clicked, and marks that year in the click’s own frame', async () => {
    await renderFiltered();
    const year = (y: number) => screen.getByRole('button', { name: new RegExp(`^${y}, Alliance total`) });
    const marked = () => [year(2015).getAttribute('aria-pressed'), year(2016).getAttribute('aria-pressed'), document.querySelector('.sales-total.is-at')?.textContent];
    fireEvent.click(year(2015));
    expect([useFilters.getState().yearRange, useFilters.getState().at]).toEqual([[2014, 2016], 2015]);
    // The chart's cursor marks read the store, as the timeline does: the label and the total move together at once.
    expect(marked()).toEqual(['true', 'false', '8.53M']);
    await afterDrawn();
    expect(marked()).toEqual(['true', 'false', '8.53M']);
  });

  it('shows the empty message for a range with no sales', async () => {
    renderWithProviders(<SalesView dataset={dataset} />);
    await choose(() => useFilters.setState({ yearRange: [2020, 2023] }));
    expect(screen.getByText('No sales figures in 2020–2023; the sales table covers 2011–2018.')).toBeInTheDocument();
  });

  it('updates the summary with the filter', async () => {
    await renderFiltered();
    expect(screen.getByText('2014–2016: the Alliance grew from 8.47M to 9.96M units; of the brands shown, Nissan sold the most each year.')).toBeInTheDocument();
  });

  it('reads in Japanese: title, controls, axis in 万 and the summary', async () => {
    const { container } = renderWithProviders(<SalesView dataset={dataset} />, dataset, 'ja');
    await choose(() => useFilters.setState({ brands: ['Renault', 'Nissan'], yearRange: [2014, 2016] }));
    expect(screen.getByRole('heading', { name: 'ブランド別の年間販売台数' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '棒の配置' })).getByRole('button', { name: '積み上げ' })).toBeInTheDocument();
    expect(yTickTexts(container)).toEqual(['0', '200万', '400万', '600万', '800万', '1,000万']);
    expect(screen.getByText('2014～2016年：アライアンスの販売台数は847万台から996万台に増加。表示中のブランドでは毎年Nissanが最多。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Renault 2014年：271万2,432台、アライアンス合計の32%' })).toBeInTheDocument();
  });

  it('reads in French: share axis, segment names and the tooltip', async () => {
    const { container } = renderWithProviders(<SalesView dataset={dataset} />, dataset, 'fr');
    await choose(() => useFilters.setState({ brands: ['Renault', 'Nissan'], yearRange: [2014, 2016] }));
    expect(screen.getByRole('heading', { name: 'Ventes par marque et par année' })).toBeInTheDocument();
    await choose(() => fireEvent.click(screen.getByRole('button', { name: 'Part du total (%)' })));
    expect(yTickTexts(container).map((t) => t.replace(/\u202f|\u00a0/g, ' '))).toEqual(['0 %', '20 %', '40 %', '60 %', '80 %', '100 %']);
    fireEvent.focus(screen.getByRole('button', { name: /^Nissan 2014/ }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent?.replace(/\u202f|\u00a0/g, ' ')).toContain('5 310 064');
    expect(tooltip).toHaveTextContent(/Total de l’Alliance/);
  });
});

describe('SalesView and the year cursor outside its years', () => {
  const note = () => document.querySelector('figure[data-chart="sales"] .card-cursor-note');

  it('says a chosen year is outside the table, under the chart, and nothing for the default cursor or a year inside', async () => {
    renderWithProviders(<SalesView dataset={dataset} />);
    expect(note()).toBeNull();
    await choose(() => useFilters.getState().setAt(2005));
    expect(note()).toHaveTextContent('No figures for 2005: this chart’s figures start in 2011.');
    await choose(() => useFilters.getState().setAt(2015));
    expect(note()).toBeNull();
    await choose(() => useFilters.getState().setAt(2021));
    expect(note()).toHaveTextContent('No figures for 2021: this chart’s figures end in 2018.');
  });
});
