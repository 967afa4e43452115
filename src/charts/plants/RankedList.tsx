import { useIntl } from 'react-intl';
import { ShowAllButton, useShowAll } from '../../components/useShowAll';
import type { RecordRef } from '../../state/sourcePanel';
import { brandColour, type Theme } from '../../theme/tokens';
import { capacityNumber } from '../../data/capacityWords';
import { shortCity } from '../../data/shortCity';
import { countryName, type CapacityUnit, type PlantRow } from './model';
import { PLANNED_FILL_OPACITY } from './paint';
import { groupTitle, rowNote } from './rankedText';

interface RankedListProps {
  groups: readonly { unit: CapacityUnit; rows: PlantRow[] }[];
  /** The capacity a full bar stands for: the largest plant's, as on the map. */
  largest: number;
  theme: Theme;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/** Rows of each kind of plant before "Show all": the real file has nine plants; a grown one, hundreds. */
const ROWS_SHOWN = 10;

/**
 * The plants the filter shows, ranked by capacity per unit, with bars on the map's scale: for reading instead of
 * looking. Each figure opens the sentence it came from, as the map's symbols do.
 */
export function RankedList({ groups, largest, theme, onOpenSource }: RankedListProps) {
  const intl = useIntl();
  const list = useShowAll(Math.max(0, ...groups.map((g) => g.rows.length)), ROWS_SHOWN);
  return (
    <div className="plants-ranked" role="region" aria-label={intl.formatMessage({ id: 'plants.rankedLabel' })}>
      {groups.map(({ unit, rows }) => (
        <section key={unit} className="plants-ranked-group">
          <h3>{groupTitle(unit, rows, intl)}</h3>
          <ol>
            {list.cap(rows).map((row) => {
              const { index, plant, fill, isNotYet, capacity } = row;
              const colour = fill ? brandColour(theme, fill) : theme.other;
              // The bar follows the map's symbol: solid stated, outlined planned, hollow dashed not yet.
              const background = isNotYet ? undefined : capacity.basis === 'planned' ? tint(colour) : colour;
              const barStyle = { width: `${(100 * capacity.amount) / largest}%`, borderColor: colour, background };
              const note = rowNote(row, intl);
              return (
                <li key={index} className={isNotYet ? 'is-not-yet' : undefined}>
                  <span className="plants-ranked-name">
                    {shortCity(plant.city)} <span className="plants-ranked-country">{countryName(plant, intl)}</span>
                    {note && <span className="plants-ranked-note">{'\u00a0· '}{note}</span>}
                  </span>
                  <span className="plants-ranked-bar" aria-hidden="true">
                    <span style={barStyle} />
                  </span>
                  <button
                    type="button"
                    className="link-button plants-ranked-value"
                    aria-label={intl.formatMessage({ id: 'plants.sourceOfPlant' }, { city: shortCity(plant.city), amount: capacityNumber(capacity.amount, intl) })}
                    onClick={() => onOpenSource(plant.source, { key: 'plants', index })}
                  >
                    {capacityNumber(capacity.amount, intl)}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <ShowAllButton what="plants" count={groups.reduce((sum, g) => sum + g.rows.length, 0)} className="plants-more" list={list} />
    </div>
  );
}

/** The brand colour at the planned symbols' opacity, for a bar background. */
const tint = (colour: string) => `color-mix(in srgb, ${colour} ${PLANNED_FILL_OPACITY * 100}%, transparent)`;
