import { useIntl } from 'react-intl';
import './marksWords';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import { selectComparedYear, selectCursor, useFilters } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import { useSalesChart, useSalesFrame } from './chartContext';
import { atFrameTop, frameLabelWidth, targetLineSpan, totalHalfWidth, yearTickLabels, yTickFontSize } from './frame';
import { formatTargetLabel, totalLabelsAndSize } from './format';
import { type SalesChartRow, type SalesTarget } from './model';
import { TargetMark } from './TargetMark';
import { YearFrame } from './YearFrame';
import { formatsOf } from '../../i18n/format';

interface MarksProps {
  rows: readonly SalesChartRow[];
  isStacked: boolean;
  target: SalesTarget | null;
  compact: boolean;
  /** A click on a year's total moves the cursor there. */
  onSelectYear: (year: number) => void;
}

/**
 * The Alliance total per year, the cursor year's outline and the dashed target line. Stacked: a rule at the
 * total with its label on top, so the parts visibly add up. Grouped: a row of labels above the plot, so no bar
 * seems to carry it.
 */
export function SalesMarks({ rows, isStacked, target, compact, onSelectYear }: MarksProps) {
  // The cursor year (outlined, its total bold) is read from the store, as the year labels and the timeline
  // read it: the chart's cursor marks move together in the click's own frame, and only these marks re-render.
  const at = useFilters(selectCursor);
  const vs = useFilters(selectComparedYear);
  const frame = useSalesFrame();
  const { show, hide, onOpenSource } = useSalesChart();
  const intl = useIntl();
  const theme = useTheme();
  if (!frame) return null;
  const { xScale, yScale, plot } = frame;
  const rowY = plot.y - 12;
  const { labels: totalLabels, size: totalSize } = totalLabelsAndSize(rows.map((row) => row.totalUnits), compact, plot.width, intl, rows.map((row) => row.year), [at, vs]);

  return (
    <g className="sales-marks">
      {/* First, so the target label and the totals are drawn over the frame, not struck through. */}
      <YearOutline rows={rows} totals={totalLabels} totalSize={totalSize} year={at} kind="at" isStacked={isStacked} compact={compact} />
      {vs !== null && <YearOutline rows={rows} totals={totalLabels} totalSize={totalSize} year={vs} kind="vs" isStacked={isStacked} compact={compact} />}
      {target && (
        <TargetLine
          target={target}
          y={yScale(target.units) ?? 0}
          span={targetLineSpan(target.fromYear, (year) => xScale(year, { position: 'start' }) ?? plot.x, plot.x, plot.x + plot.width)}
          plotWidth={plot.width}
          compact={compact}
          onOpen={() => onOpenSource(target.source, { key: 'targets', index: target.index })}
        />
      )}
      {!isStacked && (
        <text className="sales-total-heading" x={plot.x - 8} y={rowY} textAnchor="end" fontSize={11} fill={theme.muted} fontWeight={600}>
          {intl.formatMessage({ id: 'sales.marks.total' })}
        </text>
      )}
      {rows.map((row, i) => {
        const start = xScale(row.year, { position: 'start' }) ?? 0;
        const end = xScale(row.year, { position: 'end' }) ?? start;
        const centre = (start + end) / 2;
        const half = totalHalfWidth(end - start);
        const totalY = yScale(row.totalValue) ?? 0;
        const labelY = isStacked ? totalY - 5 : rowY;
        // The total's label: the tooltip goes beside it.
        const anchor = { year: row.year, brand: null, mark: { x0: centre - half, x1: centre + half, y0: labelY - 12, y1: labelY } };
        return (
          <g
            key={row.year}
            className={`sales-total${row.year === at ? ' is-at' : ''}`}
            aria-hidden="true"
            onClick={() => onSelectYear(row.year)}
            onMouseEnter={() => show(anchor)}
            onMouseLeave={hide}
          >
            {isStacked && <line className="sales-total-rule" x1={centre - half} x2={centre + half} y1={totalY} y2={totalY} stroke={theme.alliance} strokeWidth={2} />}
            <text className="sales-total-label" x={centre} y={labelY} textAnchor="middle" fontSize={totalSize} fill={theme.text} fontWeight={row.year === at ? 800 : 600}>
              {totalLabels[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A frame around the cursor year's column, or the compared year's, behind nothing a reader needs: bars stay their own colour. */
function YearOutline({ rows, totals, totalSize, year, kind, isStacked, compact }: { rows: readonly SalesChartRow[]; totals: readonly string[]; totalSize: number; year: number; kind: 'at' | 'vs'; isStacked: boolean; compact: boolean }) {
  const frame = useSalesFrame();
  const theme = useTheme();
  const index = rows.findIndex((r) => r.year === year);
  const row = rows[index];
  if (!frame || !row) return null;
  const { xScale, yScale, plot } = frame;
  const start = xScale(year, { position: 'start' }) ?? 0;
  const end = xScale(year, { position: 'end' }) ?? start;
  // The year's label as the axis writes it, from the same band width (SalesAxes).
  const fontSize = yTickFontSize(compact);
  // As the axis writes it: a framed year is always labelled (yearTickLabels' `kept`), so its own label needs no neighbours.
  const label = yearTickLabels([year], plot.width / rows.length, fontSize, [year])[0] ?? '';
  const labelWidth = frameLabelWidth(label, fontSize, kind === 'at', totals[index] ?? '', totalSize);
  return <YearFrame kind={kind} start={start} end={end} labelWidth={labelWidth} plot={[plot.x, plot.x + plot.width]} top={atFrameTop(isStacked, plot.y, yScale(row.totalValue) ?? plot.y)} bottom={plot.y + plot.height} theme={theme} />;
}

function TargetLine({ target, y, span, plotWidth, compact, onOpen }: { target: SalesTarget; y: number; span: ReturnType<typeof targetLineSpan>; plotWidth: number; compact: boolean; onOpen: () => void }) {
  const intl = useIntl();
  const theme = useTheme();
  const stops = useRovingStops();
  const text = formatTargetLabel(target, compact, plotWidth, intl);
  return (
    <g
      className="sales-target"
      role="button"
      {...stops('target')}
      aria-label={intl.formatMessage({ id: 'salesMarks.target.name' }, { label: target.label, units: formatsOf(intl).exactInText(target.units) })}
      onClick={onOpen}
      onKeyDown={onActivateKey(onOpen)}
    >
      <TargetMark span={span} y={y} text={text} fontSize={compact ? 11 : 12} theme={theme} />
    </g>
  );
}
