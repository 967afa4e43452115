import type { RecordRef } from '../../state/sourcePanel';
import { useIntl } from 'react-intl';
import { capacityNumber } from './capacityWords';
import { shortCity } from './model';
import type { CapacityTarget } from './targets';

interface TargetListProps {
  targets: readonly CapacityTarget[];
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/**
 * Capacity targets beside what the sources state was built by then: the plan on one line, the stated
 * figures under it, each opening its own record. Worded "planned" and "stated", never one for the other.
 */
export function TargetList({ targets, onOpenSource }: TargetListProps) {
  const intl = useIntl();
  if (targets.length === 0) return null;
  return (
    <section className="plants-targets" aria-label="Capacity targets against stated capacity">
      <h3>Targets (planned) and stated capacity</h3>
      <ul>
        {targets.map((t) => (
          <li key={t.index}>
            <p className="plants-target-planned">
              <span className="plants-target-tag">Planned</span> {t.label}{' '}
              <span className="plants-target-where">({t.where})</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Source of the target: ${t.label}`}
                onClick={() => onOpenSource(t.source, { key: 'targets', index: t.index })}
              >
                Source
              </button>
            </p>
            <p className="plants-target-built">
              <span className="plants-target-tag is-stated">Stated by {t.year}</span>{' '}
              {t.built.length === 0 && 'no figure stated'}
              {t.built.map((b, i) => (
                <span key={b.index}>
                  {i > 0 && '; '}
                  {shortCity(b.plant.city)} {b.text}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Source of ${shortCity(b.plant.city)}: ${capacityNumber(b.amount, intl)}`}
                    onClick={() => onOpenSource(b.plant.source, { key: 'plants', index: b.index })}
                  >
                    Source
                  </button>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
