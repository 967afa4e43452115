import type { Brand } from '../../data/schema';
import { brandColour, type Theme } from '../../theme/tokens';
import { listOf } from '../../components/format';
import { TapSourceButton } from '../../components/TapSourceButton';
import { formatShare, formatUnits } from './format';
import type { SalesYear } from './model';

interface TooltipProps {
  year: SalesYear;
  brand: Brand | null;
  /** This year is the cursor's: every view already shows it. */
  isAt: boolean;
  hiddenBrands: readonly Brand[];
  sourceTitles: ReadonlyMap<string, string>;
  theme: Theme;
  /** Position inside the chart wrapper, in CSS pixels. */
  left: number;
  top: number;
  /** Shown by a tap: a Source button (the second tap on the bar does the same). */
  onSource?: () => void;
}

/** Year, each selected brand's units and share, the Alliance total, how to click, and the source. */
export function SalesTooltip({ year, brand, isAt, hiddenBrands, sourceTitles, theme, left, top, onSource }: TooltipProps) {
  const sourceIds = [...new Set([...year.cells.map((c) => c.source), year.totalSource])];
  const sources = sourceIds.map((id) => sourceTitles.get(id) ?? id).join('; ');
  return (
    <div className={`sales-tooltip${onSource ? ' is-tapped' : ''}`} role="tooltip" style={{ left, top }}>
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
                <td colSpan={2} className="sales-tooltip-gap">no figure</td>
              ) : (
                <>
                  <td>{formatUnits(c.units)}</td>
                  <td>{formatShare(c.share)}</td>
                </>
              )}
            </tr>
          ))}
          <tr className="sales-tooltip-total">
            <th scope="row">Alliance total</th>
            <td>{formatUnits(year.totalUnits)}</td>
            <td>100%</td>
          </tr>
        </tbody>
      </table>
      {hiddenBrands.length > 0 && <p className="sales-tooltip-note">The total includes {listOf(hiddenBrands)}, switched off in the filter.</p>}
      {!onSource && (
        <p className="sales-tooltip-hint">
          Click to see the source{isAt ? '' : ' · click the year to show every view as of it'}
        </p>
      )}
      <p className="sales-tooltip-source">Source: {sources}</p>
      {onSource && <TapSourceButton mark="bar" onSource={onSource} />}
    </div>
  );
}
