import { useIntl } from 'react-intl';
import './marksWords';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import { selectCursor, useFilters } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import { useSalesChart } from './chartContext';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { formatsOf } from '../../i18n/format';

interface YearTickProps {
  year: number;
  /** What the tick says: the year, "’11" in a narrow chart, or nothing between labelled years (yearTickLabels). */
  label: string;
  /** The top centre of the label, in chart pixels. */
  x: number;
  y: number;
  compact: boolean;
  /** Moves the cursor to this year. */
  onSelectYear: (year: number) => void;
}

/**
 * A year on the x-axis, as a button: every view shows this year (the range stays as it is). The cursor year
 * is bold and pressed.
 */
export function YearTick({ year, label, x, y, compact, onSelectYear }: YearTickProps) {
  const { yearsByYear, show, hide } = useSalesChart();
  const theme = useTheme();
  // A control, so it reads the store, not the drawn choices: pressed (and bold) in the click's own frame, as
  // the timeline is, together with the chart's other cursor marks (SalesMarks). Only the ticks whose state
  // changes re-render.
  const isAt = useFilters((s) => selectCursor(s) === year);
  const total = yearsByYear.get(year)?.totalUnits;
  const focus = () => onSelectYear(year);
  const intl = useIntl();
  const stops = useRovingStops();
  const values = { year, isAt: isAt ? 'yes' : 'no' };
  const width = compact ? 34 : 40;
  const showYear = () => show({ year, brand: null, mark: { x0: x - width / 2, x1: x + width / 2, y0: y, y1: y + 20 } });

  return (
    <g
      className={`sales-year${isAt ? ' is-at' : ''}`}
      transform={`translate(${x},${y})`}
      role="button"
      {...stops(`year ${year}`)}
      aria-pressed={isAt}
      aria-label={
        total === undefined
          ? intl.formatMessage({ id: 'salesMarks.year.nameNoTotal' }, values)
          : intl.formatMessage({ id: 'salesMarks.year.name' }, { ...values, units: formatsOf(intl).exactInText(total) })
      }
      onClick={focus}
      {...hoverOrFocus(showYear, hide)}
      onKeyDown={onActivateKey(focus)}
    >
      <rect className="sales-year-hit" x={-width / 2} y={2} width={width} height={20} rx={4} />
      <text className="sales-year-text" y={16} textAnchor="middle" fontSize={compact ? 11 : 12} fill={theme.text} fontWeight={isAt ? 800 : 400}>
        {label}
      </text>
    </g>
  );
}
