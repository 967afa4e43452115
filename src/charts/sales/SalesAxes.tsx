import { useIntl } from 'react-intl';
import { useTheme } from '../../theme/useTheme';
import { useSalesFrame } from './chartContext';
import { formatAxisValue } from './format';
import { areYearsThinned, yearTickLabels, yTickFontSize } from './frame';
import type { SalesChartRow } from './model';
import { YearTick } from './YearTick';
import { selectComparedYear, selectCursor, useFilters } from '../../state/filters';

interface AxesProps {
  rows: readonly SalesChartRow[];
  /** The value axis' ticks (units or shares), as the model chose them. */
  ticks: readonly number[];
  isShare: boolean;
  compact: boolean;
  onSelectYear: (year: number) => void;
}

/**
 * The value labels, the baseline and the year buttons, drawn from Recharts' scales in its base layer.
 * Recharts' own axes draw their labels through a portal into a layer <g>, which Chromium makes an empty tab
 * stop (see BASE_LAYER in SalesChart); these sit where Recharts put them and where the static SVG does.
 */
export function SalesAxes({ rows, ticks, isShare, compact, onSelectYear }: AxesProps) {
  const frame = useSalesFrame();
  const theme = useTheme();
  const intl = useIntl();
  const band = frame ? frame.plot.width / rows.length : 0;
  const fontSize = yTickFontSize(compact);
  // Where labels are thinned, the cursor's and the compared year keep theirs (yearTickLabels). Read only then: each
  // step of Play would otherwise draw every year's button again (YearTick reads whether it is the cursor's itself).
  const thinned = areYearsThinned(band, fontSize);
  const at = useFilters((s) => (thinned ? selectCursor(s) : null));
  const vs = useFilters((s) => (thinned ? selectComparedYear(s) : null));
  if (!frame) return null;
  const { xScale, yScale, plot } = frame;
  const bottom = plot.y + plot.height;
  const labels = yearTickLabels(rows.map((row) => row.year), band, fontSize, [at, vs]);
  return (
    <g className="sales-axes">
      <g aria-hidden="true">
        {ticks.map((value) => (
          <text key={value} className="sales-y-tick" x={plot.x - 8} y={yScale(value) ?? 0} dy="0.355em" textAnchor="end" fill={theme.muted} fontSize={fontSize}>
            {formatAxisValue(value, isShare, intl)}
          </text>
        ))}
        <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke={theme.border} />
      </g>
      {rows.map((row, i) => (
        <YearTick key={row.year} year={row.year} label={labels[i] ?? ''} x={xScale(row.year, { position: 'middle' }) ?? 0} y={bottom + 8} compact={compact} onSelectYear={onSelectYear} />
      ))}
    </g>
  );
}
