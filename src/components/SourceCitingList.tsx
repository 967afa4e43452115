import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useMemo } from 'react';
import { describeRecord, recordsCitingSource, type RecordRef } from '../data/provenance';
import type { Dataset, RecordKey } from '../data/schema';
import { groupBy } from '../lib/groupBy';

interface CitingListProps {
  dataset: Dataset;
  sourceId: string;
  current: RecordRef | null;
  onPick: (ref: RecordRef) => void;
}

/** Every other record citing the source, grouped by collection, each a button that shows it. */
export function SourceCitingList({ dataset, sourceId, current, onPick }: CitingListProps) {
  const intl = useIntl();
  const headingId = useId();
  const groups = useMemo(() => {
    const refs = recordsCitingSource(dataset, sourceId).filter((r) => !(current && r.key === current.key && r.index === current.index));
    const entries = [...groupBy(refs, (ref) => ref.key)].map(
      ([key, group]): [RecordKey, { ref: RecordRef; label: string }[]] => [key, group.map((ref) => ({ ref, label: describeRecord(dataset, ref, intl).label }))],
    );
    return { count: refs.length, entries };
  }, [dataset, sourceId, current, intl]);

  return (
    <section className="source-citing" aria-labelledby={headingId}>
      <h3 id={headingId} className="source-citing-title">
        <FormattedMessage id="panel.citing" values={{ isOther: String(current !== null), count: groups.count }} />
      </h3>
      {groups.count === 0 && <p className="source-panel-empty"><FormattedMessage id="panel.citingNone" values={{ isOther: String(current !== null) }} /></p>}
      {groups.entries.map(([key, items]) => (
        <div key={key} className="source-citing-group">
          <h4 className="source-citing-group-title"><FormattedMessage id="panel.group" values={{ group: key, count: items.length }} /></h4>
          <ul className="source-citing-list">
            {items.map(({ ref, label }) => (
              <li key={ref.index}>
                <button type="button" className="source-citing-item" onClick={() => onPick(ref)}>{label}</button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
