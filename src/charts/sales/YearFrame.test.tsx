import { textWidth } from '../../components/textWidth';
import { exportedChart } from '../../test/exportedChart';
import { dataset } from '../../test/renderWithProviders';
import { lightTheme } from '../../theme/tokens';
import { salesChartRows, salesValueAxis, salesYears } from './model';
import { SalesImage } from './SalesStaticSvg';

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];

/** The seed years 2011–2018 at `width`, 2018 the cursor's and 2012 compared, as the image draws them (the same frames as on screen). */
function chart(width: number) {
  const years = salesYears(dataset, { yearRange: [2011, 2018], brands: BRANDS });
  const rows = salesChartRows(years, 'units', 'stacked');
  const axis = salesValueAxis(rows, 'units', 'stacked');
  return exportedChart((w, t) => <SalesImage rows={rows} axis={axis} target={null} brands={BRANDS} mode="units" layout="stacked" at={2018} vs={2012} width={w} theme={t} />, width, lightTheme);
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
