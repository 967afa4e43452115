import { useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatsOf } from '../../i18n/format';
import { TapSourceButton } from '../../components/TapSourceButton';
import { boxAround } from '../../components/geometry';
import { tooltipPlacement } from '../../components/tooltipPlacement';
import { capacityIn } from '../../data/capacity';
import { capacityWords, joinWith } from '../../data/capacityWords';
import type { Plant } from '../../data/schema';
import { countryName, type PlantMark } from './model';
import { addEnglish } from '../../i18n/messages';
import { plantTooltipEn } from '../../i18n/messages/plantTooltip/en';

// Its words come with it (EnglishLater): fetched on first use, like the tooltip.
addEnglish({ plantTooltip: plantTooltipEn });

interface TooltipProps {
  plant: Plant;
  mark: PlantMark;
  sourceTitle: string;
  /** The map's size in pixels: the card stays inside it, however narrow. */
  frame: { width: number; height: number };
  endYear: number;
  /** Set when a tap showed the tooltip: it then stays, and offers this as its Source button. */
  onSource?: () => void;
}

const WIDTH = 300;

/** Details of one plant, beside its symbol; shown on hover, keyboard focus and a tap. */
export function PlantTooltip({ plant, mark, sourceTitle, frame, endYear, onSource }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  const [height, setHeight] = useState(0);
  const width = Math.min(WIDTH, frame.width);
  // Measured before paint, then placed where the whole card fits.
  useLayoutEffect(() => setHeight(ref.current?.offsetHeight ?? 0), [plant, width, endYear, onSource]);
  const at = tooltipPlacement(boxAround(mark, mark.r), { width, height }, frame);
  const style = { left: at.x, top: at.y, width };
  const { capacity } = capacityIn(plant, endYear);
  const others = plant.capacities.filter((c) => c !== capacity);
  const current = capacityWords(capacity, plant.capacityUnit, intl);
  return (
    <div ref={ref} className={`plants-tooltip${onSource ? ' is-tapped' : ''}`} role="tooltip" style={style}>
      <p className="plants-tooltip-title">{plant.name}</p>
      <p className="plants-tooltip-place">{intl.formatMessage({ id: 'plantTooltip.place' }, { city: plant.city, country: countryName(plant, intl) })}</p>
      <dl>
        <dt>{intl.formatMessage({ id: 'plantTooltip.brands' })}</dt>
        <dd>{formatsOf(intl).list(plant.brands)}</dd>
        <dt>{intl.formatMessage({ id: 'plantTooltip.capacity' })}</dt>
        <dd>{mark.isNotYet ? intl.formatMessage({ id: 'plantTooltip.notYet' }, { capacity: current, year: endYear }) : current}</dd>
        {others.length > 0 && (
          <>
            <dt>{intl.formatMessage({ id: 'plantTooltip.also' })}</dt>
            <dd>{joinWith(others.map((c) => capacityWords(c, plant.capacityUnit, intl)), intl, 'plants.listJoin')}</dd>
          </>
        )}
        <dt>{intl.formatMessage({ id: 'plantTooltip.opening' })}</dt>
        <dd>
          {plant.opened === undefined
            ? intl.formatMessage({ id: 'plantTooltip.notGiven' })
            : intl.formatMessage({ id: 'plantTooltip.opened' }, { year: plant.opened, planned: plant.openedBasis === 'planned' ? 'yes' : 'no' })}
        </dd>
      </dl>
      {plant.quote && <blockquote>{intl.formatMessage({ id: 'sources.quoted' }, { quote: plant.quote })}</blockquote>}
      <p className="plants-tooltip-source">{intl.formatMessage({ id: 'plantTooltip.source' }, { source: sourceTitle })}</p>
      {onSource && <TapSourceButton mark="plant" onSource={onSource} />}
    </div>
  );
}
