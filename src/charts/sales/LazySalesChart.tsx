import { memo, useRef, type ComponentProps } from 'react';
import { useIsHydrated } from '../../components/prerenderContext';
import { useElementWidth } from '../../components/useElementWidth';
import { useTheme } from '../../theme/useTheme';
import type { SalesChart as RechartsSalesChart } from './SalesChart';
import { loadSalesChart } from './loadSalesChart';
import { useLoaded } from '../../lib/useLoaded';
import { SalesImage } from './SalesStaticSvg';

type SalesChartProps = ComponentProps<typeof RechartsSalesChart>;

/**
 * The sales chart: Recharts once it is loaded and the page hydrated, the static drawing of the same marks until
 * then. The page does not wait for Recharts: the static SVG comes from the same layout, so the pre-rendered page
 * hydrates — and the filters, the other three views and the sales card's table answer — without it. A failed
 * fetch is tried again by the next card that mounts.
 */
export function LazySalesChart(props: SalesChartProps) {
  const isHydrated = useIsHydrated();
  // Offline, the static chart simply stays: it shows the same figures, and its table and sources still work.
  const module = useLoaded(loadSalesChart);
  // The hydration render must match the pre-rendered HTML, which holds the static chart.
  if (isHydrated && module) return <module.SalesChart {...props} />;
  return <SalesStaticChart {...props} />;
}

/** The props the static drawing reads: its memo compares these alone, so highlights and hovers it does not draw pass it by. */
const DRAWN = ['rows', 'axis', 'brands', 'target', 'layout', 'mode', 'at', 'vs'] as const;
type StaticChartProps = Pick<SalesChartProps, (typeof DRAWN)[number]>;

/**
 * The chart's marks as static SVG at the card's width (PRERENDER_WIDTH on the server and in hydration): the image
 * drawing. Memoised: when hydration is done LazySalesChart renders again (useIsHydrated turns true), and until
 * Recharts is in, the same props would draw the same 147 components again.
 */
const SalesStaticChart = memo(function SalesStaticChart({ rows, axis, brands, target, layout, mode, at, vs }: StaticChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const theme = useTheme();
  return (
    <div className="sales-chart" ref={wrapRef}>
      {width > 0 && <SalesImage rows={rows} axis={axis} target={target} brands={brands} mode={mode} layout={layout} at={at} vs={vs} width={width} theme={theme} />}
    </div>
  );
}, (before, after) => DRAWN.every((key) => Object.is(before[key], after[key])));
