import type { Theme } from '../../theme/tokens';
import { formatNumber, shortCity, type CapacityUnit, type PlantRow } from './model';
import { UNIT_TITLES } from './rankedText';

interface RankedListProps {
  groups: readonly { unit: CapacityUnit; rows: PlantRow[] }[];
  /** The capacity a full bar stands for: the largest plant's, as on the map. */
  largest: number;
  theme: Theme;
}

/** The plants the filter shows, ranked by capacity per unit, with bars on the map's scale: for reading instead of looking. */
export function RankedList({ groups, largest, theme }: RankedListProps) {
  return (
    <div className="plants-ranked" role="region" aria-label="Plants ranked by annual capacity">
      {groups.map(({ unit, rows }) => (
        <section key={unit} className="plants-ranked-group">
          <h3>{UNIT_TITLES[unit]}</h3>
          <ol>
            {rows.map(({ index, plant, fill, isPlanned }) => {
              const colour = fill ? theme.brand[fill] : theme.other;
              const barStyle = { width: `${(100 * plant.capacity) / largest}%`, borderColor: colour, background: isPlanned ? undefined : colour };
              return (
                <li key={index} className={isPlanned ? 'is-planned' : undefined}>
                  <span className="plants-ranked-name">
                    {shortCity(plant.city)} <span className="plants-ranked-country">{plant.country}</span>
                    {isPlanned && <span className="plants-ranked-note"> · opens {plant.opened}</span>}
                  </span>
                  <span className="plants-ranked-bar" aria-hidden="true">
                    <span style={barStyle} />
                  </span>
                  <span className="plants-ranked-value">{formatNumber(plant.capacity)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
