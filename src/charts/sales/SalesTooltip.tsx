import type { Brand } from '../../data/schema';
import './marksWords';
import { sourceTitle, type SourcesById } from '../../data/sourceIndex';
import { selectCursor, useFilters } from '../../state/filters';
import { brandColour, type Theme } from '../../theme/tokens';
import { useIntl } from 'react-intl';
import { TapSourceButton } from '../../components/TapSourceButton';
import { joinList } from '../../i18n/joinList';
import type { SalesYear } from './model';
import { formatsOf } from '../../i18n/format';

interface TooltipProps {
  year: SalesYear;
  brand: Brand | null;
  hiddenBrands: readonly Brand[];
  sourcesById: SourcesById;
  theme: Theme;
  /** Position inside the chart wrapper, in CSS pixels. */
  left: number;
  /** In px: the size its placement assumed (SalesChart). */
  width: number;
  /** One of top and bottom (tooltipCss): a card above its mark is pinned by its bottom edge. */
  top?: number;
  bottom?: number;
  /** Shown by a tap: a Source button (the second tap on the bar does the same). */
  onSource?: () => void;
}

/** Year, each selected brand's units and share, the Alliance total, how to click, and the source. */
export function SalesTooltip({ year, brand, hiddenBrands, sourcesById, theme, left, width, top, bottom, onSource }: TooltipProps) {
  const sourceIds = [...new Set([...year.cells.map((c) => c.source), year.totalSource])];
  // Whether this is the cursor's year (every view shows it, so the hint says so), read from the store as the
  // chart's other cursor marks read it.
  const isAt = useFilters((s) => selectCursor(s) === year.year);
  const intl = useIntl();
  const sources = joinList(sourceIds.map((id) => sourceTitle(sourcesById, id)), intl);
  const f = formatsOf(intl);
  return (
    <div className={`sales-tooltip${onSource ? ' is-tapped' : ''}`} role="tooltip" style={{ left, top, bottom, width }}>
      <p className="sales-tooltip-year">{year.year}</p>
      <table>
        <tbody>
          {year.cells.map((c) => (
            <tr key={c.brand} className={c.brand === brand ? 'is-current' : undefined}>
              <th scope="row">
                <span className="swatch" style={{ ['--swatch' as string]: brandColour(theme, c.brand) }} aria-hidden="true" />
                {c.brand}
              </th>
              {c.units === null || c.share === null ? (
                <td colSpan={2} className="sales-tooltip-gap">{intl.formatMessage({ id: 'salesMarks.tooltip.noFigure' })}</td>
              ) : (
                <>
                  <td>{f.exact(c.units)}</td>
                  <td>{f.percent(c.share)}</td>
                </>
              )}
            </tr>
          ))}
          {year.foldedUnits !== undefined && (
            // The selected brands without bars of their own (drawnPart), so the rows add up as the bar does.
            <tr>
              <th scope="row">
                <span className="swatch" style={{ ['--swatch' as string]: theme.rest }} aria-hidden="true" />
                {intl.formatMessage({ id: 'sales.legend.rest' })}
              </th>
              <td>{f.exact(year.foldedUnits)}</td>
              <td>{f.percent(year.totalUnits === 0 ? 0 : (year.foldedUnits / year.totalUnits) * 100)}</td>
            </tr>
          )}
          <tr className="sales-tooltip-total">
            <th scope="row">{intl.formatMessage({ id: 'salesMarks.tooltip.total' })}</th>
            <td>{f.exact(year.totalUnits)}</td>
            <td>{f.percent(100)}</td>
          </tr>
        </tbody>
      </table>
      {hiddenBrands.length > 0 && <p className="sales-tooltip-note">{intl.formatMessage({ id: 'salesMarks.tooltip.hidden' }, { hidden: f.list(hiddenBrands) })}</p>}
      {!onSource && (
        <p className="sales-tooltip-hint">{intl.formatMessage({ id: isAt ? 'salesMarks.tooltip.hint' : 'salesMarks.tooltip.hintYear' })}</p>
      )}
      <p className="sales-tooltip-source">{intl.formatMessage({ id: 'salesMarks.tooltip.source' }, { sources })}</p>
      {onSource && <TapSourceButton mark="bar" onSource={onSource} />}
    </div>
  );
}
