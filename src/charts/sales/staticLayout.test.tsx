import { defaultFilters } from '../../state/filters';
import { domain } from '../../test/renderWithProviders';

const DEFAULT_FILTERS = defaultFilters(domain);
import { dataset, renderWithProviders } from '../../test/renderWithProviders';
import { salesChartRows, salesTarget, salesValueAxis, salesYears } from './model';
import { loadSalesChart } from './loadSalesChart';
import { SalesView } from './SalesView';
import { staticSalesLayout } from './staticLayout';

// The test setup's ResizeObserver reports 800 px, so Recharts draws the card at that width.
const WIDTH = 800;

function staticBars(room?: number) {
  const { yearRange, brands, salesMode, salesLayout } = DEFAULT_FILTERS;
  const years = salesYears(dataset, { yearRange, brands });
  const rows = salesChartRows(years, salesMode);
  const target = salesTarget(dataset, yearRange, salesMode, salesLayout, years.map((y) => y.year));
  const axis = salesValueAxis(rows, salesMode, salesLayout, target?.units ?? null);
  return staticSalesLayout(rows, axis, brands, target, WIDTH, 'stacked', 0, room);
}

function rechartsBars(container: HTMLElement) {
  return [...container.querySelectorAll('rect.sales-segment')].map((rect) => {
    const [brand, year] = (rect.getAttribute('aria-label') ?? '').split(':')[0]!.split(' ');
    const n = (name: string) => Number(rect.getAttribute(name));
    return { key: `${year}-${brand}`, x: n('x'), y: n('y'), width: n('width'), height: n('height') };
  });
}

describe('staticSalesLayout (the pre-rendered sales chart)', () => {
  // The interactive chart is fetched after the page is drawn; these tests read it, so it is loaded first.
  beforeAll(() => loadSalesChart());

  it('puts every bar where Recharts draws it, within 1 px, for the default view', () => {
    const { container } = renderWithProviders(<SalesView dataset={dataset} />);
    const drawn = rechartsBars(container);
    const layout = staticBars();
    expect(drawn).toHaveLength(25);
    expect(layout.bars.map((b) => b.key).sort()).toEqual(drawn.map((b) => b.key).sort());
    for (const bar of drawn) {
      const own = layout.bars.find((b) => b.key === bar.key)!;
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(own[side] - bar[side]), `${bar.key} ${side}: static ${own[side]}, Recharts ${bar[side]}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('draws the 2022 target from 2017, the year it was set, to the plot’s right edge, as Recharts does (within 1 px)', () => {
    const { container } = renderWithProviders(<SalesView dataset={dataset} />);
    const line = container.querySelector('.sales-target-line');
    const layout = staticBars();
    const band2017 = layout.years.find((y) => y.year === 2017);
    expect(layout.target).toMatchObject({ x1: band2017?.start, x2: layout.plot.right, anchor: 'end' });
    expect(Math.abs(Number(line?.getAttribute('x1')) - (layout.target?.x1 ?? NaN))).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(line?.getAttribute('x2')) - (layout.target?.x2 ?? NaN))).toBeLessThanOrEqual(1);
  });

  it('grows to fill the room of a fixed-height image (a square export), with the plot as tall as it leaves, and never shrinks below 340', () => {
    const tall = staticBars(904);
    expect(tall.height).toBe(904);
    expect(tall.plot.bottom - tall.plot.top).toBe(staticBars().plot.bottom - staticBars().plot.top + 904 - 340);
    expect(staticBars(200).height).toBe(340);
  });

  it('stacks Renault at the foot of 2011 and AvtoVAZ on top of Nissan, in the 800 × 340 frame (the plot’s foot 30 px above the bottom: room for the years and the frame under them)', () => {
    const layout = staticBars();
    expect(layout.height).toBe(340);
    expect(layout.plot).toEqual({ left: 44, right: 792, top: 22, bottom: 310 });
    const renault = layout.bars.find((b) => b.key === '2011-Renault')!;
    const nissan = layout.bars.find((b) => b.key === '2011-Nissan')!;
    const avtovaz = layout.bars.find((b) => b.key === '2011-AvtoVAZ')!;
    expect(renault.y + renault.height).toBeCloseTo(310, 6);
    expect(nissan.y + nissan.height).toBeCloseTo(renault.y, 6);
    expect(avtovaz.y + avtovaz.height).toBeCloseTo(nissan.y, 6);
    // Band 748 / 8 = 93.5 px; 22% (20.57 px) in from the left, 93.5 − 2 × 20.57 = 52.36 wide, rounded to 52.
    expect(renault.width).toBe(52);
    expect(renault.x).toBeCloseTo(44 + 93.5 * 0.22, 6);
  });

  it('draws no bar for a missing figure: no Mitsubishi before 2016', () => {
    expect(staticBars().bars.filter((b) => b.brand === 'Mitsubishi').map((b) => b.year)).toEqual([2016, 2017, 2018]);
  });
});
