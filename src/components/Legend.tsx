import { useIntl } from 'react-intl';
import { useFilters, useHighlighted } from '../state/filters';
import { DEFAULT_DASH, type LegendItem } from './chartTypes';
import { hoverOrFocus } from './hoverOrFocus';
import { isDimmedBy, NO_HIGHLIGHT } from '../state/highlight';

function Swatch({ item }: { item: LegendItem }) {
  const symbol = item.symbol ?? 'square';
  // Drawn, not a CSS border: a dashed border's dashes are the browser's, and a chart's kinds of dashed line differ by theirs.
  if (symbol === 'dashed') {
    return (
      <svg className="swatch-dashed" width="16" height="3" aria-hidden="true">
        <line x1="0" x2="16" y1="1.5" y2="1.5" stroke={item.color} strokeWidth="3" strokeDasharray={item.dash ?? DEFAULT_DASH} />
      </svg>
    );
  }
  if (symbol === 'outline') {
    return (
      <svg className="swatch-outline" width="14" height="14" aria-hidden="true">
        <rect x="1" y="1" width="12" height="12" rx="3" fill="none" stroke={item.color} strokeWidth="1.5" strokeDasharray={item.dash} />
      </svg>
    );
  }
  return <span className={`swatch swatch-${symbol}`} style={{ ['--swatch' as string]: item.color }} aria-hidden="true" />;
}

/**
 * A chart's legend. Brand entries are buttons: hover or focus highlights the brand in every view,
 * click (or Enter/Space) toggles it in the brand filter.
 */
export function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  const selected = useFilters((s) => s.brands);
  const highlighted = useHighlighted();
  const toggleBrand = useFilters((s) => s.toggleBrand);
  const setHighlighted = useFilters((s) => s.setHighlighted);
  const intl = useIntl();

  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) => {
        const brand = item.brand;
        if (!brand) {
          return (
            <li key={item.key} className="legend-item">
              <Swatch item={item} />
              {item.label}
            </li>
          );
        }
        const isOn = selected.includes(brand);
        const isDimmed = isDimmedBy(highlighted, brand);
        return (
          // Keyed apart from the chart's own entries: a brand's id is data, and could be "total" or "target".
          <li key={`brand:${brand}`}>
            <button
              type="button"
              className={`legend-item legend-button${isOn ? '' : ' is-off'}${isDimmed ? ' is-dimmed' : ''}`}
              aria-pressed={isOn}
              title={intl.formatMessage({ id: 'export.toggleBrand' }, { isOn: String(isOn), brand: item.label })}
              onClick={() => toggleBrand(brand)}
              {...hoverOrFocus(() => setHighlighted([brand]), () => setHighlighted(NO_HIGHLIGHT))}
            >
              <Swatch item={item} />
              {item.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
