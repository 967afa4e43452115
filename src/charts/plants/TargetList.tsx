import type { RecordRef } from '../../state/sourcePanel';
import { useIntl } from 'react-intl';
import { ShowAllButton, useShowAll } from '../../components/useShowAll';
import { capacityNumber } from '../../data/capacityWords';
import { shortCity } from '../../data/shortCity';
import { builtFigureText, targetWhereNote, type CapacityTarget } from './targets';

interface TargetListProps {
  targets: readonly CapacityTarget[];
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/** Targets listed before "Show all": the real file has two; 5,000 (within its limits) froze a year change for 12 s in Japanese. */
const TARGETS_SHOWN = 6;

/**
 * Capacity targets beside what the sources state was built by then: the plan on one line, the stated
 * figures under it, each opening its own record. Worded "planned" and "stated", never one for the other.
 */
export function TargetList({ targets, onOpenSource }: TargetListProps) {
  const intl = useIntl();
  const list = useShowAll(targets.length, TARGETS_SHOWN);
  if (targets.length === 0) return null;
  const shown = list.cap(targets);
  // Where each target applies, unless its label says it already.
  const wheres = new Map(shown.map((t) => [t.index, targetWhereNote(t, intl)]));
  return (
    <section className="plants-targets" aria-label={intl.formatMessage({ id: 'plants.target.section' })}>
      <h3>{intl.formatMessage({ id: 'plants.target.heading' })}</h3>
      <ul>
        {shown.map((t) => (
          <li key={t.index}>
            <p className="plants-target-planned">
              <span className="plants-target-tag">{intl.formatMessage({ id: 'plants.target.planned' })}</span>{' '}
              <span>
                {t.label}
                {wheres.get(t.index) && <> <span className="plants-target-where">({wheres.get(t.index)})</span></>}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={intl.formatMessage({ id: 'plants.target.sourceOfTarget' }, { label: t.label })}
                  onClick={() => onOpenSource(t.source, { key: 'targets', index: t.index })}
                >
                  {intl.formatMessage({ id: 'plants.target.source' })}
                </button>
              </span>
            </p>
            <p className="plants-target-built">
              <span className="plants-target-tag is-stated">{intl.formatMessage({ id: 'plants.target.statedBy' }, { year: String(t.year) })}</span>{' '}
              <span>
                {t.built.length === 0 && intl.formatMessage({ id: 'plants.target.noFigure' })}
                {t.built.map((b, i) => (
                  <span key={b.index}>
                    {i > 0 && intl.formatMessage({ id: 'plants.listJoin' }, { first: '', second: '' })}
                    {intl.formatMessage({ id: 'plants.target.builtItem' }, { city: shortCity(b.plant.city), figure: builtFigureText(b, intl) })}{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={intl.formatMessage({ id: 'plants.sourceOfPlant' }, { city: shortCity(b.plant.city), amount: capacityNumber(b.amount, intl) })}
                      onClick={() => onOpenSource(b.plant.source, { key: 'plants', index: b.index })}
                    >
                      {intl.formatMessage({ id: 'plants.target.source' })}
                    </button>
                  </span>
                ))}
              </span>
            </p>
          </li>
        ))}
      </ul>
      <ShowAllButton what="targets" count={targets.length} className="plants-more" list={list} />
    </section>
  );
}
