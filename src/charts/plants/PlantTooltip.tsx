import type { Plant } from '../../data/schema';
import { formatNumber, type PlantMark } from './model';

interface TooltipProps {
  plant: Plant;
  mark: PlantMark;
  sourceTitle: string;
  /** Chart width, to open the tooltip towards the middle. */
  width: number;
  endYear: number;
}

/** Details of one plant, beside its symbol; shown on hover and keyboard focus. */
export function PlantTooltip({ plant, mark, sourceTitle, width, endYear }: TooltipProps) {
  const isRight = mark.x > width / 2;
  const isBelow = mark.y < 150;
  const style = {
    left: isRight ? undefined : mark.x + mark.r + 8,
    right: isRight ? width - mark.x + mark.r + 8 : undefined,
    top: isBelow ? Math.max(0, mark.y - 12) : mark.y + 12,
    transform: isBelow ? undefined : 'translateY(-100%)',
  };
  return (
    <div className="plants-tooltip" role="tooltip" style={style}>
      <p className="plants-tooltip-title">{plant.name}</p>
      <p className="plants-tooltip-place">{plant.city}, {plant.country}</p>
      <dl>
        <dt>Brands</dt>
        <dd>{plant.brands.join(', ')}</dd>
        <dt>Capacity</dt>
        <dd>{formatNumber(plant.capacity)} {plant.capacityUnit} a year</dd>
        <dt>Opened</dt>
        <dd>{plant.opened ?? 'not given (existing plant)'}{mark.isPlanned ? ` — not yet open in ${endYear}` : ''}</dd>
      </dl>
      {plant.quote && <blockquote>“{plant.quote}”</blockquote>}
      <p className="plants-tooltip-source">Source: {sourceTitle}</p>
    </div>
  );
}
