import { useShallow } from 'zustand/react/shallow';
import { useFilters, type SalesLayout, type SalesMode } from '../../state/filters';

const MODES: readonly { value: SalesMode; label: string }[] = [
  { value: 'units', label: 'Units' },
  { value: 'share', label: 'Share of total (%)' },
];
const LAYOUTS: readonly { value: SalesLayout; label: string }[] = [
  { value: 'stacked', label: 'Stacked' },
  { value: 'grouped', label: 'Grouped' },
];

/** The measure (units or share) and bar layout (stacked or grouped) toggles. */
export function SalesControls() {
  const { mode, layout } = useFilters(useShallow((s) => ({ mode: s.salesMode, layout: s.salesLayout })));
  const { setSalesMode, setSalesLayout } = useFilters.getState();
  return (
    <>
      <div className="segmented" role="group" aria-label="Measure">
        {MODES.map(({ value, label }) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => setSalesMode(value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Bar layout">
        {LAYOUTS.map(({ value, label }) => (
          <button key={value} type="button" aria-pressed={layout === value} onClick={() => setSalesLayout(value)}>
            {label}
          </button>
        ))}
      </div>
    </>
  );
}
