import { textWidth } from '../../components/textWidth';
import { exportedChart } from '../../test/exportedChart';
import { dataset } from '../../test/renderWithProviders';
import { lightTheme } from '../../theme/tokens';
import { salesChartRows, salesValueAxis, salesYears } from './model';
import { SalesImage } from './SalesStaticSvg';

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];

/** The seed years 2011–2018 at `width`, 2018 the cursor's and 2012 compared, as the image draws them (the same frames as on screen). */
function chart(width: number, data = dataset, [from, to]: [number, number] = [2011, 2018], [at, vs] = [2018, 2012]) {
  const years = salesYears(data, { yearRange: [from, to], brands: BRANDS });
  const rows = salesChartRows(years, 'units', 'stacked');
  const axis = salesValueAxis(rows, 'units', 'stacked');
  return exportedChart((w, t) => <SalesImage rows={rows} axis={axis} target={null} brands={BRANDS} mode="units" layout="stacked" at={at} vs={vs} width={w} theme={t} />, width, lightTheme);
}

/** The seed's sales copied over 27 years (1999–2025), as a grown dataset has them: bands of ~10 px at 330 px. */
function longDataset() {
  const copies = <T extends { year: number }>(records: readonly T[]) => Array.from({ length: 27 }, (_, i) => records.filter((r) => r.year === 2011).map((r) => ({ ...r, year: 1999 + i }))).flat();
  return { ...dataset, sales: copies(dataset.sales), salesTotals: copies(dataset.salesTotals) };
}

const n = (element: Element | null | undefined, name: string) => Number(element?.getAttribute(name));

describe('a year’s frame round its column, at a phone’s width', () => {
  // A 390 px phone gives the chart about 330 px: bands of 37 px, and "2016" 3.5 px from each dashed edge, which
  // struck through it; the bottom edge ran 2 px under the year's baseline.
  for (const width of [330, 600]) {
    it(`clears the year under the column and the total above it by 5 px on each side, and runs 4 px under the year (${width} px)`, () => {
      const image = chart(width);
      const ticks = [...image.querySelectorAll('.sales-year')];
      for (const [kind, year] of [['at', '2018'], ['vs', '2012']] as const) {
        const frame = image.querySelector(`rect.sales-${kind}`);
        const tick = ticks.find((g) => g.textContent === year);
        // Totals are drawn year by year, in the ticks' order: "10.8" over 2018 on a phone, "10.8M" wider.
        const total = image.querySelectorAll('.sales-total text')[ticks.indexOf(tick!)]?.textContent ?? '';
        const centre = Number(/translate\(([-\d.]+),([-\d.]+)\)/.exec(tick?.getAttribute('transform') ?? '')?.[1]);
        const baseline = Number(/translate\(([-\d.]+),([-\d.]+)\)/.exec(tick?.getAttribute('transform') ?? '')?.[2]) + n(tick?.querySelector('text'), 'y');
        const isBold = kind === 'at';
        const widest = Math.max(textWidth(year, width < 480 ? 11 : 12, isBold), textWidth(total, 11, true));
        expect(total).toMatch(/^\d+\.\d+M?$/);
        expect(centre - widest / 2 - n(frame, 'x'), `${year} left`).toBeGreaterThanOrEqual(5);
        expect(n(frame, 'x') + n(frame, 'width') - (centre + widest / 2), `${year} right`).toBeGreaterThanOrEqual(5);
        expect(n(frame, 'y') + n(frame, 'height') - baseline, `${year} bottom`).toBeGreaterThanOrEqual(4);
        // Inside the image: the frame's stroke (1.5 px) is not cut off at the bottom.
        expect(n(frame, 'y') + n(frame, 'height') + 0.75).toBeLessThanOrEqual(n(image, 'height'));
      }
    });
  }
});

describe('a year’s frame where bands are narrower than their labels (27 years)', () => {
  // Widened to its labels, the last year's frame ended 7 px past a 330 px image and the first one's ran over the
  // value axis's labels: a frame is at most a pad wider than its band on each side, and stays in the plot.
  for (const width of [330, 600]) {
    it(`stays inside the image and clear of the value axis, the first year's and the last's (${width} px)`, () => {
      const image = chart(width, longDataset() as never, [1999, 2025], [2025, 1999]);
      const plotLeft = Math.min(...[...image.querySelectorAll('rect.sales-segment')].map((r) => n(r, 'x')));
      for (const kind of ['at', 'vs']) {
        const frame = image.querySelector(`rect.sales-${kind}`);
        expect(frame, kind).not.toBeNull();
        expect(n(frame, 'x'), `${kind} left`).toBeGreaterThanOrEqual(plotLeft - 12);
        expect(n(frame, 'x') + n(frame, 'width') + 0.75, `${kind} right`).toBeLessThanOrEqual(n(image, 'width'));
      }
    });
  }
});
