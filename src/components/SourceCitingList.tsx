import { useId, useMemo } from 'react';
import { describeRecord, recordsCitingSource, type RecordRef } from '../data/provenance';
import type { Dataset, RecordKey } from '../data/schema';

/** Collection headings in the list. */
const GROUP_LABELS: Record<RecordKey, string> = {
  sales: 'Sales by brand', salesTotals: 'Alliance sales totals', evMilestones: 'EV milestones', evLaunches: 'EV launches',
  ownership: 'Ownership stakes', plants: 'Plants', events: 'Events', targets: 'Targets',
};

interface CitingListProps {
  dataset: Dataset;
  sourceId: string;
  current: RecordRef | null;
  onPick: (ref: RecordRef) => void;
}

/** Every other record citing the source, grouped by collection, each a button that shows it. */
export function SourceCitingList({ dataset, sourceId, current, onPick }: CitingListProps) {
  const headingId = useId();
  const groups = useMemo(() => {
    const refs = recordsCitingSource(dataset, sourceId).filter((r) => !(current && r.key === current.key && r.index === current.index));
    const byKey = new Map<RecordKey, { ref: RecordRef; label: string }[]>();
    for (const ref of refs) byKey.set(ref.key, [...(byKey.get(ref.key) ?? []), { ref, label: describeRecord(dataset, ref).label }]);
    return { count: refs.length, entries: [...byKey.entries()] };
  }, [dataset, sourceId, current]);

  return (
    <section className="source-citing" aria-labelledby={headingId}>
      <h3 id={headingId} className="source-citing-title">
        {current ? 'Other records citing this source' : 'Records citing this source'} ({groups.count})
      </h3>
      {groups.count === 0 && <p className="source-panel-empty">No {current ? 'other ' : ''}record in this dataset cites this source.</p>}
      {groups.entries.map(([key, items]) => (
        <div key={key} className="source-citing-group">
          <h4 className="source-citing-group-title">{GROUP_LABELS[key]} ({items.length})</h4>
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
