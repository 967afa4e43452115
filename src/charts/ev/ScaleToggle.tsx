import { Segmented } from '../../components/Segmented';
import { useFilters, type EvScale } from '../../state/filters';

const OPTIONS: readonly { value: EvScale; label: string }[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
];

/** Linear / Log switch for the EV chart's y-axis. */
export function ScaleToggle() {
  const scale = useFilters((s) => s.evScale);
  const setEvScale = useFilters((s) => s.setEvScale);
  return <Segmented label="Scale" options={OPTIONS} value={scale} onChange={setEvScale} />;
}
