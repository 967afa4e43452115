import { renderInLocale } from '../test/renderWithProviders';
import { act, screen, within } from '@testing-library/react';
import { LocaleProvider } from '../i18n/LocaleProvider';
import userEvent from '@testing-library/user-event';
import type { ChartTable } from './chartTypes';
import { DataTable, TableWhenBuilt } from './DataTable';
import { lazyView } from './lazyView';
import { OnDemand } from './onDemand';
import { useFilters } from '../state/filters';

const TABLE: ChartTable = {
  caption: 'Units sold in 2018',
  columns: [
    { key: 'brand', label: 'Brand' },
    { key: 'units', label: 'Units sold', isNumeric: true },
  ],
  rows: [
    { brand: 'Renault', units: 3884295 },
    { brand: 'Nissan', units: 5653683 },
    { brand: 'AvtoVAZ', units: null },
    { brand: 'Mitsubishi', units: 1218897 },
  ],
};

const firstColumn = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent);
const header = (name: RegExp) => screen.getByRole('columnheader', { name });

// 18,433 rows of a grown file's EV table had blocked the page 2.2 s as it opened.
describe('DataTable with many rows', () => {
  const many: ChartTable = { ...TABLE, rows: Array.from({ length: 150 }, (_, i) => ({ brand: `Brand ${i}`, units: i })) };
  it('shows the first 100 in the order sorted until the reader asks for all', async () => {
    renderInLocale(<DataTable table={many} />);
    expect([firstColumn().length, firstColumn()[0]]).toEqual([100, 'Brand 0']);
    await userEvent.click(screen.getByRole('button', { name: /Units sold/ }));
    expect([firstColumn().length, firstColumn()[0]]).toEqual([100, 'Brand 149']);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 150 rows' }));
    expect([firstColumn().length, screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')]).toEqual([150, 'true']);
  });
});

describe('DataTable sorting', () => {
  it('starts in the chart’s order with no column sorted', () => {
    renderInLocale(<DataTable table={TABLE} />);
    expect(firstColumn()).toEqual(['Renault', 'Nissan', 'AvtoVAZ', 'Mitsubishi']);
    expect(screen.getAllByRole('columnheader').map((h) => h.getAttribute('aria-sort'))).toEqual(['none', 'none']);
  });

  it('sorts a number column largest first, then smallest first, the missing figure last both times', async () => {
    renderInLocale(<DataTable table={TABLE} />);
    await userEvent.click(screen.getByRole('button', { name: /Units sold/ }));
    expect([firstColumn(), header(/Units sold/).getAttribute('aria-sort')]).toEqual([['Nissan', 'Renault', 'Mitsubishi', 'AvtoVAZ'], 'descending']);
    await userEvent.click(screen.getByRole('button', { name: /Units sold/ }));
    expect([firstColumn(), header(/Units sold/).getAttribute('aria-sort')]).toEqual([['Mitsubishi', 'Renault', 'Nissan', 'AvtoVAZ'], 'ascending']);
  });

  it('sorts with the keyboard, A–Z first for text, and moves aria-sort to the new column', async () => {
    renderInLocale(<DataTable table={TABLE} />);
    await userEvent.click(screen.getByRole('button', { name: /Units sold/ }));
    screen.getByRole('button', { name: /Brand/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(firstColumn()).toEqual(['AvtoVAZ', 'Mitsubishi', 'Nissan', 'Renault']);
    await userEvent.keyboard(' ');
    expect(firstColumn()).toEqual(['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ']);
    expect([header(/Brand/).getAttribute('aria-sort'), header(/Units sold/).getAttribute('aria-sort')]).toEqual(['descending', 'none']);
  });

  it('shows a missing figure as a dash', () => {
    renderInLocale(<DataTable table={TABLE} />);
    expect(within(screen.getAllByRole('row')[3]!).getByRole('cell').textContent).toBe('—');
  });

  it('writes a column of shares with the same decimals on every row, so they line up (33.90, not 33.9 over 58.16)', () => {
    const shares: ChartTable = { caption: 'Shares', columns: [{ key: 'brand', label: 'Brand' }, { key: 'share', label: 'Share', isNumeric: true, decimals: 2 }], rows: [{ brand: 'Renault', share: 33.9 }, { brand: 'Nissan', share: 58.16 }, { brand: 'AvtoVAZ', share: 8 }] };
    renderInLocale(<DataTable table={shares} />);
    expect(within(screen.getByRole('table')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['33.90', '58.16', '8.00']);
  });
});

describe('DataTable dates', () => {
  const MILESTONES: ChartTable = {
    caption: 'Milestones',
    columns: [{ key: 'date', label: 'Date', isMonth: true }, { key: 'from', label: 'From', isMonth: true }],
    rows: [{ date: '2013-02', from: '2014' }, { date: '2010-12', from: null }],
  };

  it('shows an ISO month as the reader’s month and year, a year as it is, and sorts by the ISO date', async () => {
    renderInLocale(<DataTable table={MILESTONES} />);
    expect(firstColumn()).toEqual(['Feb 2013', 'Dec 2010']);
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['2014', '—']);
    await userEvent.click(screen.getByRole('button', { name: /Date/ }));
    expect(firstColumn()).toEqual(['Dec 2010', 'Feb 2013']);
  });

  afterEach(() => useFilters.getState().setLang('en'));

  it('in French and Japanese', () => {
    useFilters.getState().setLang('fr');
    const { unmount } = renderInLocale(<DataTable table={MILESTONES} />);
    expect(firstColumn()).toEqual(['févr. 2013', 'déc. 2010']);
    unmount();
    useFilters.getState().setLang('ja');
    renderInLocale(<DataTable table={MILESTONES} />);
    expect(firstColumn()).toEqual(['2013年2月', '2010年12月']);
  });
});

describe('TableWhenBuilt', () => {
  /** A promise and the functions that settle it, so a test decides when the rows are built. */
  const pending = () => {
    let resolve!: (table: ChartTable) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<ChartTable>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  };
  const code = lazyView<{ table: Promise<ChartTable> }>(() => Promise.resolve(TableWhenBuilt));

  it('shows the rows once they are built, and the rows shown until a filter change’s new rows are in', async () => {
    const first = pending();
    const view = renderInLocale(<OnDemand code={code} props={{ table: first.promise }} onDismiss={() => {}} />);
    await act(async () => first.resolve(TABLE));
    await screen.findByRole('table');
    expect(firstColumn()).toEqual(['Renault', 'Nissan', 'AvtoVAZ', 'Mitsubishi']);
    const second = pending();
    view.rerender(<LocaleProvider><OnDemand code={code} props={{ table: second.promise }} onDismiss={() => {}} /></LocaleProvider>);
    expect(firstColumn()).toEqual(['Renault', 'Nissan', 'AvtoVAZ', 'Mitsubishi']);
    await act(async () => second.resolve({ ...TABLE, rows: TABLE.rows.slice(1, 2) }));
    expect(firstColumn()).toEqual(['Nissan']);
  });

  it('says so in place, with Close, when the rows cannot be built (their code did not download)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rows = pending();
    const onDismiss = vi.fn();
    renderInLocale(<OnDemand code={code} props={{ table: rows.promise }} onDismiss={onDismiss} />);
    await act(async () => rows.reject(new Error('Failed to fetch dynamically imported module: http://localhost/assets/table-x.js')));
    const alert = await screen.findByRole('alert');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
