import type { SalesLayout, SalesMode } from '../../state/filters';
import { useFilters } from '../../state/filters';
import { eachImageSize, exportedChart, paintOf, textFills } from '../../test/exportedChart';
import { choose, dataset, renderWithProviders } from '../../test/renderWithProviders';
import { smallDataset, smallDatasetTheme } from '../../test/smallDataset';
import { lightTheme, type Theme } from '../../theme/tokens';
import { salesChartRows, salesValueAxis, salesYears } from './model';
import { SalesImage } from './SalesStaticSvg';
import { SalesView } from './SalesView';

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'];

function salesImage(layout: SalesLayout, width: number, theme: Theme, mode: SalesMode = 'units', data = smallDataset, yearRange: [number, number] = [2016, 2017]) {
  const years = salesYears(data, { yearRange, brands: BRANDS });
  const rows = salesChartRows(years, mode, layout);
  const axis = salesValueAxis(rows, mode, layout);
  return exportedChart((w, t) => <SalesImage rows={rows} axis={axis} target={null} brands={BRANDS} mode={mode} layout={layout} at={2017} vs={null} width={w} theme={t} />, width, smallDatasetTheme(theme));
}

const bars = (chart: Element) => [...chart.querySelectorAll('rect.sales-segment')];

describe('the sales chart’s years in a narrow image', () => {
  const years = (width: number) => [...salesImage('stacked', width, lightTheme, 'units', dataset, [2011, 2018]).querySelectorAll('.sales-year-text')].map((t) => t.textContent);
  it('writes eight years in full where their bands hold four digits, and as ’11 … ’18 in a 272 px chart (they ran together as 20112012…)', () => {
    expect(years(600)).toEqual(['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018']);
    expect(years(272)).toEqual(['’11', '’12', '’13', '’14', '’15', '’16', '’17', '’18']);
  });
});

describe('the sales chart in an exported image (2016: four brands; 2017: no AvtoVAZ figure)', () => {
  eachImageSize((width, theme) => {
    it('draws seven stacked bars, a total rule per year and a frame round 2017', () => {
      const chart = salesImage('stacked', width, theme);
      expect(bars(chart)).toHaveLength(7);
      expect(chart.querySelectorAll('.sales-total-rule')).toHaveLength(2);
      expect(chart.querySelectorAll('.sales-at')).toHaveLength(1);
      expect(chart.getAttribute('width')).toBe(String(width));
    });

    it('draws seven grouped bars from the axis up, and the totals as a row headed "Total"', () => {
      const chart = salesImage('grouped', width, theme);
      expect(bars(chart)).toHaveLength(7);
      const bottoms = new Set(bars(chart).map((b) => Math.round(Number(b.getAttribute('y')) + Number(b.getAttribute('height')))));
      expect(bottoms.size).toBe(1);
      expect(chart.querySelectorAll('.sales-total-rule')).toHaveLength(0);
      expect(textFills(chart).map((t) => t.text)).toContain('Total');
    });

    it('colours each bar with its brand token and writes every text in a text token of the theme', () => {
      const chart = salesImage('stacked', width, theme);
      const colours = smallDatasetTheme(theme).brand;
      expect(bars(chart).map((b) => paintOf(b, 'fill')).filter((fill) => fill === colours.get('Nissan')!.toUpperCase())).toHaveLength(2);
      const fills = textFills(chart);
      expect(fills.find((t) => t.text === '2016')?.fill).toBe(theme.text.toUpperCase());
      expect(fills.find((t) => t.text === '0')?.fill).toBe(theme.muted.toUpperCase());
      expect(fills.filter((t) => t.fill !== theme.text.toUpperCase() && t.fill !== theme.muted.toUpperCase())).toEqual([]);
    });
  });

  it('reads the value axis as shares in share mode', () => {
    const texts = textFills(salesImage('stacked', 900, lightTheme, 'share')).map((t) => t.text);
    expect(texts).toContain('100%');
  });
});

describe('the sales image agrees with the screen', () => {
  const rects = (els: Element[]) =>
    els.map((r) => ['x', 'y', 'width', 'height'].map((name) => Number(r.getAttribute(name)))).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);

  for (const layout of ['stacked', 'grouped'] as const) {
    it(`${layout}: every bar where Recharts draws it, within 1 px, at the screen's 800 px`, async () => {
      const screen = renderWithProviders(<SalesView dataset={smallDataset} />, smallDataset);
      await choose(() => useFilters.getState().setSalesLayout(layout));
      const drawn = rects([...screen.container.querySelectorAll('rect.sales-segment')]);
      const image = rects(bars(salesImage(layout, 800, lightTheme)));
      expect(drawn).toHaveLength(7);
      expect(image).toHaveLength(7);
      image.forEach((own, i) => own.forEach((value, side) => expect(Math.abs(value - drawn[i]![side]!)).toBeLessThanOrEqual(1)));
    });
  }
});
