import { EV_SCALES, useFilters, type EvScale } from '../../state/filters';

const LABELS: Record<EvScale, string> = { linear: 'Linear', log: 'Log' };

/** Linear / Log switch for the EV chart's y-axis. */
export function ScaleToggle() {
  const scale = useFilters((s) => s.evScale);
  const setEvScale = useFilters((s) => s.setEvScale);
  return (
    <div className="segmented" role="group" aria-label="Scale">
      {EV_SCALES.map((option) => (
        <button key={option} type="button" aria-pressed={scale === option} onClick={() => setEvScale(option)}>
          {LABELS[option]}
        </button>
      ))}
    </div>
  );
}
