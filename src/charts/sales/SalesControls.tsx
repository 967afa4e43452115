import { useShallow } from 'zustand/react/shallow';
import { Segmented } from '../../components/Segmented';
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
      <Segmented label="Measure" options={MODES} value={mode} onChange={setSalesMode} />
      <Segmented label="Bar layout" options={LAYOUTS} value={layout} onChange={setSalesLayout} />
    </>
  );
}
