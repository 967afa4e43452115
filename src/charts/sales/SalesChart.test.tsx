import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { intlConfig } from '../../i18n/intl';
import { datasetDomain, useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { dataset } from '../../test/renderWithProviders';
import { salesChartRows, salesTarget, salesValueAxis, salesYears } from './model';
import { SalesChart } from './SalesChart';

// The chart and its marks from props, except the cursor year, which its cursor marks read from the store as the
// controls do. No store is written and no other choice read, so a mark that reached for one would dim, outline
// or call the wrong thing here (the stores stay as set up below throughout).
function renderChart(props: { highlighted?: 'Renault' | 'Nissan' | null; picked?: { key: 'sales'; index: number } | null; withTarget?: boolean } = {}) {
  useFilters.setState(useFilters.getInitialState(), true);
  useFilters.getState().setDomain(datasetDomain(dataset));
  // The cursor is at the range's end, 2016, as the `at` prop says the views drew it.
  useFilters.getState().setYearRange([2014, 2016]);
  useSourcePanel.setState(useSourcePanel.getInitialState(), true);
  const filter = { yearRange: [2014, 2016] as [number, number], brands: ['Renault', 'Nissan'] };
  const years = salesYears(dataset, filter);
  const rows = salesChartRows(years, 'units', 'stacked');
  // The range reaches 2022, the 14 million target's year, so its line is drawn over the 2014–2016 bars.
  const target = props.withTarget === false ? null : salesTarget(dataset, [2014, 2022], 'units', 'stacked', years.map((y) => y.year));
  const calls = { highlight: vi.fn(), open: vi.fn(), select: vi.fn() };
  // The theme's brand colours come from the dataset query: the one thing besides props the chart reads.
  const client = new QueryClient();
  client.setQueryData(['dataset'], dataset);
  render(
    <QueryClientProvider client={client}>
    <IntlProvider {...intlConfig('en')}>
      <SalesChart
        years={years}
        rows={rows}
        axis={salesValueAxis(rows, 'units', 'stacked', target?.units ?? null)}
        target={target}
        brands={['Renault', 'Nissan']}
        mode="units"
        layout="stacked"
        hiddenBrands={[]}
        sourcesById={new Map()}
        at={2016}
        vs={null}
        onSelectYear={calls.select}
        highlighted={props.highlighted ? [props.highlighted] : []}
        onHighlight={calls.highlight}
        picked={props.picked ?? null}
        onOpenSource={calls.open}
      />
    </IntlProvider>
    </QueryClientProvider>,
  );
  return { calls, target };
}

const indexOf = (brand: string, year: number) => dataset.sales.findIndex((s) => s.brand === brand && s.year === year);

describe('SalesChart marks take everything from props', () => {
  it('a click on a bar calls onOpenSource with its record, and touches no store', () => {
    const { calls } = renderChart();
    fireEvent.click(screen.getByRole('button', { name: /^Nissan 2015:/ }));
    expect(calls.open.mock.calls).toEqual([['wiki-alliance', { key: 'sales', index: indexOf('Nissan', 2015) }]]);
    expect(useSourcePanel.getState().open).toBeNull();
  });

  it('Enter on a bar calls onOpenSource with its record', () => {
    const { calls } = renderChart();
    fireEvent.keyDown(screen.getByRole('button', { name: /^Renault 2016:/ }), { key: 'Enter' });
    expect(calls.open.mock.calls).toEqual([['wiki-alliance', { key: 'sales', index: indexOf('Renault', 2016) }]]);
  });

  it('hover and focus call onHighlight with the bar’s brand, then none on leaving; the store stays untouched', () => {
    const { calls } = renderChart();
    const bar = screen.getByRole('button', { name: /^Nissan 2014:/ });
    fireEvent.focus(bar);
    fireEvent.blur(bar);
    expect(calls.highlight.mock.calls).toEqual([[['Nissan']], [[]]]);
    expect(useFilters.getState().highlighted).toEqual([]);
  });

  it('dims the brands the highlighted prop does not name', () => {
    renderChart({ highlighted: 'Renault' });
    expect([
      screen.getByRole('button', { name: /^Nissan 2014:/ }).getAttribute('opacity'),
      screen.getByRole('button', { name: /^Renault 2014:/ }).getAttribute('opacity'),
    ]).toEqual(['0.25', '1']);
  });

  it('outlines the bar of the picked record', () => {
    renderChart({ picked: { key: 'sales', index: indexOf('Renault', 2015) } });
    const picked = document.querySelectorAll('.sales-segment.is-picked');
    expect([...picked].map((el) => el.getAttribute('aria-label')?.split(':')[0])).toEqual(['Renault 2015']);
  });

  it('a click or Enter on the target line calls onOpenSource with the target record', () => {
    const { calls, target } = renderChart();
    const line = screen.getByRole('button', { name: /^Target: 14 million vehicles/ });
    fireEvent.click(line);
    fireEvent.keyDown(line, { key: 'Enter' });
    const record = [target!.source, { key: 'targets', index: target!.index }];
    expect(calls.open.mock.calls).toEqual([record, record]);
  });
});

describe('SalesChart cursor marks', () => {
  const cursorMarks = () => ({
    outlined: document.querySelectorAll('.sales-at').length,
    bold: [...document.querySelectorAll('.sales-total.is-at')].map((el) => el.textContent),
    pressed: screen.getAllByRole('button', { name: /^\d{4}, Alliance total/ }).filter((el) => el.getAttribute('aria-pressed') === 'true').map((el) => el.textContent),
  });

  it('frame the tallest year above its total label, never through it (9.96M tops the 2014–2016 plot, with no target above it)', () => {
    renderChart({ withTarget: false });
    const frameTop = Number(document.querySelector('.sales-at')?.getAttribute('y'));
    const label = [...document.querySelectorAll('.sales-total.is-at text')].find((t) => t.textContent === '9.96M');
    // The label's baseline, less its 11 px type: the frame's top edge passes above the glyphs.
    expect(frameTop).toBeLessThanOrEqual(Number(label?.getAttribute('y')) - 11);
  });

  it('frame a stacked column from just above its total, so the target’s label above it is not struck through', () => {
    renderChart();
    const frameTop = Number(document.querySelector('.sales-at')?.getAttribute('y'));
    const total = [...document.querySelectorAll('.sales-total.is-at text')].find((t) => t.textContent === '9.96M');
    const targetLabel = document.querySelector('.sales-target-label');
    // 3 px above the total label's 11 px type (its baseline 5 px above the total), and below the target label's baseline.
    expect(frameTop).toBe(Number(total?.getAttribute('y')) - 14);
    expect(frameTop).toBeGreaterThan(Number(targetLabel?.getAttribute('y')));
  });

  it('outline the store’s cursor year, bold its total and press its label, and move together when it moves', () => {
    renderChart();
    expect(cursorMarks()).toEqual({ outlined: 1, bold: ['9.96M'], pressed: ['2016'] });
    // The `at` prop still says 2016 (the views have not redrawn): the chart's cursor marks follow the store at once.
    act(() => useFilters.getState().setAt(2014));
    expect(cursorMarks()).toEqual({ outlined: 1, bold: ['8.47M'], pressed: ['2014'] });
  });
});

describe('SalesChart tooltip', () => {
  it('sits right of the bar it describes, 10 px off, as every view places its tooltip', () => {
    renderChart();
    const bar = screen.getByRole('button', { name: /^Renault 2014:/ });
    fireEvent.focus(bar);
    const tooltip = screen.getByRole('tooltip');
    const right = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(tooltip.style.left).toBe(`${right + 10}px`);
    // Beside its top (12 px above), kept inside the 340 px frame for a 200 px card.
    expect(tooltip.style.top).toBe(`${Math.max(0, Math.min(Number(bar.getAttribute('y')) - 12, 340 - 200))}px`);
  });

  it('goes left of a bar with no room on its right', () => {
    renderChart();
    const bar = screen.getByRole('button', { name: /^Nissan 2016:/ });
    fireEvent.focus(bar);
    expect(screen.getByRole('tooltip').style.left).toBe(`${Number(bar.getAttribute('x')) - 10 - 272}px`);
  });
});
