import { useFilters } from '../../state/filters';
import { onActivateKey } from '../../components/onActivateKey';
import { useSalesChart } from './chartContext';
import { formatUnits } from './format';
import { hoverOrFocus } from '../../components/hoverOrFocus';

interface YearTickProps {
  /** Filled in by Recharts when it clones the tick. */
  x?: number;
  y?: number;
  payload?: { value: number | string };
  compact?: boolean;
}

/** A year on the x-axis, as a button: narrows the year range to it, or restores the range when clicked again. */
export function YearTick({ x = 0, y = 0, payload, compact = false }: YearTickProps) {
  const { yearsByYear, show, hide } = useSalesChart();
  const year = Number(payload?.value);
  const isFocused = useFilters((s) => s.rangeBeforeFocus !== null && s.yearRange[0] === year && s.yearRange[1] === year);
  const total = yearsByYear.get(year)?.totalUnits;
  const focus = () => useFilters.getState().toggleYearFocus(year);
  const action = isFocused ? 'show the earlier year range again' : 'show only this year';
  const width = compact ? 34 : 40;
  const showYear = () => show({ year, brand: null, left: x - width / 2, right: x + width / 2, top: y - 190 });

  return (
    <g
      className={`sales-year${isFocused ? ' is-focused' : ''}`}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-pressed={isFocused}
      aria-label={`${year}${total === undefined ? '' : `, Alliance total ${formatUnits(total)} units`}: ${action}`}
      onClick={focus}
      {...hoverOrFocus(showYear, hide)}
      onKeyDown={onActivateKey(focus)}
    >
      <rect className="sales-year-hit" x={-width / 2} y={2} width={width} height={20} rx={4} />
      <text className="sales-year-text" y={16} textAnchor="middle" fontSize={compact ? 11 : 12}>
        {year}
      </text>
    </g>
  );
}
