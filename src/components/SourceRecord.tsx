import { useMemo, type RefObject } from 'react';
import { describeRecord, disagreementsFor, formatYearMonth, recordAt, type RecordRef } from '../data/provenance';
import type { Dataset } from '../data/schema';
import { QuoteText } from './QuoteText';

interface SourceRecordProps {
  dataset: Dataset;
  record: RecordRef;
  /** The record's heading, focused when the panel switches to another record. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Switches the panel to another record (from the disagreement's other column). */
  onPick: (ref: RecordRef) => void;
}

/** The record that opened the panel: its label, its quote (or "Derived, not stated"), its note, and any disagreement. */
export function SourceRecord({ dataset, record, headingRef, onPick }: SourceRecordProps) {
  const item = recordAt(dataset, record);
  const description = useMemo(() => describeRecord(dataset, record), [dataset, record]);
  const disagreements = useMemo(() => disagreementsFor(dataset, record), [dataset, record]);
  const lang = dataset.sources.find((s) => s.id === item?.source)?.language ?? 'en';
  if (!item) return <p className="source-panel-empty">This record is not in the dataset.</p>;

  return (
    <section className="source-record" aria-label="Record">
      <p className="source-panel-kicker">Record</p>
      <h3 className="source-record-title" ref={headingRef} tabIndex={-1}>{description.label}</h3>
      {disagreements.length > 0 ? (
        <Disagreement dataset={dataset} refs={[record, ...disagreements]} onPick={onPick} />
      ) : item.quote ? (
        <QuoteText quote={item.quote} numbers={description.numbers} lang={lang} />
      ) : (
        <p className="source-derived">Derived, not stated</p>
      )}
      {item.note && (
        <p className="source-note">
          <span className="source-note-label">Note: </span>
          {item.note}
        </p>
      )}
    </section>
  );
}

/** The same milestone as dated by each record, side by side, first column the record shown. */
function Disagreement({ dataset, refs, onPick }: { dataset: Dataset; refs: readonly RecordRef[]; onPick: (ref: RecordRef) => void }) {
  return (
    <section className="source-disagree" aria-label="Sources disagree">
      <h4 className="source-disagree-title">Sources disagree</h4>
      <p className="source-disagree-text">These sources disagree on when this milestone was reached.</p>
      <div className="source-compare">
        {refs.map((ref, i) => {
          const item = recordAt(dataset, ref);
          const source = dataset.sources.find((s) => s.id === item?.source);
          const date = item && 'date' in item ? formatYearMonth(item.date) : '';
          return (
            <div key={`${ref.key}-${ref.index}`} className="source-compare-col" aria-current={i === 0 ? 'true' : undefined}>
              <p className="source-compare-date">
                {date}
                {i === 0 && <span className="source-compare-tag"> (this record)</span>}
              </p>
              <p className="source-compare-source">{source?.title ?? item?.source}</p>
              {item?.quote ? (
                <QuoteText quote={item.quote} numbers={describeRecord(dataset, ref).numbers} lang={source?.language ?? 'en'} />
              ) : (
                <p className="source-derived">Derived, not stated</p>
              )}
              {i > 0 && (
                <button type="button" className="link-button source-compare-show" onClick={() => onPick(ref)}>
                  Show this record
                </button>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
