import { useIntl } from 'react-intl';
import './marksWords';
import type { Brand } from '../../data/schema';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import { useSalesChart } from './chartContext';
import type { SalesChartRow } from './model';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { tapToPreview } from '../../components/tapToPreview';
import { formatsOf } from '../../i18n/format';
import { isDimmedBy, NO_HIGHLIGHT } from '../../state/highlight';

interface SegmentProps {
  brand: Brand;
  /** Filled in by Recharts when it clones the shape. */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number | string;
  payload?: SalesChartRow;
}

/** One brand's bar in one year: focusable, opens its record's source, highlights its brand. */
export function SalesSegment({ brand, x = 0, y = 0, width = 0, height = 0, fill, stroke, strokeWidth, payload }: SegmentProps) {
  const { yearsByYear, show, hide, current, highlighted, picked, onHighlight, onOpenSource, isStacked } = useSalesChart();
  const intl = useIntl();
  const stops = useRovingStops();
  const isDimmed = isDimmedBy(highlighted, brand);
  const cell = payload ? yearsByYear.get(payload.year)?.cells.find((c) => c.brand === brand) : undefined;
  const isPicked = picked?.key === 'sales' && picked.index === cell?.index;
  // A missing figure has no key in the row: draw nothing rather than a zero-height bar.
  if (!payload || !payload.values.has(brand) || !cell || cell.units === null || cell.share === null) return null;

  const year = payload.year;
  const enter = () => {
    onHighlight([brand]);
    show({ year, brand, mark: { x0: x, x1: x + width, y0: y, y1: y + height } });
  };
  const leave = () => {
    // A tooltip a tap showed stays for its Source button: the tap's emulated hover and focus leave at once.
    if (current()?.onSource) return;
    onHighlight(NO_HIGHLIGHT);
    hide();
  };
  const openSource = () => onOpenSource(cell.source, { key: 'sales', index: cell.index });
  const tap = tapToPreview({
    isShown: () => {
      const anchor = current();
      return Boolean(anchor?.onSource) && anchor?.year === year && anchor.brand === brand;
    },
    preview: () => {
      onHighlight([brand]);
      show({ year, brand, mark: { x0: x, x1: x + width, y0: y, y1: y + height }, onSource: openSource });
    },
    open: openSource,
  });

  return (
    <rect
      className={`sales-segment${isPicked ? ' is-picked' : ''}`}
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={Math.max(0, height)}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
      opacity={isDimmed ? 0.25 : 1}
      role="button"
      {...stops(`bar ${brand} ${year}`, isStacked ? String(year) : undefined)}
      aria-label={intl.formatMessage({ id: 'salesMarks.segment.name' }, { brand, year, units: formatsOf(intl).exactInText(cell.units), share: formatsOf(intl).percent(cell.share) })}
      {...hoverOrFocus(enter, leave)}
      {...tap}
      onKeyDown={onActivateKey(openSource)}
    />
  );
}
