import { FormattedMessage, useIntl } from 'react-intl';
import { useMemo, type RefObject } from 'react';
import { describeRecord, disputeFor, recordAt, type Dispute, type RecordRef } from '../data/provenance';
import type { Dataset } from '../data/schema';
import { indexById } from '../data/indexById';
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
  const intl = useIntl();
  const item = recordAt(dataset, record);
  const lang = useMemo(() => indexById(dataset.sources).get(item?.source ?? '')?.language ?? 'en', [dataset, item]);
  const description = useMemo(() => describeRecord(dataset, record, intl), [dataset, record, intl]);
  const dispute = useMemo(() => disputeFor(dataset, record, intl), [dataset, record, intl]);
  if (!item) return <p className="source-panel-empty"><FormattedMessage id="panel.recordMissing" /></p>;

  return (
    <section className="source-record" aria-label={intl.formatMessage({ id: 'panel.record' })}>
      <p className="source-panel-kicker"><FormattedMessage id="panel.record" /></p>
      <h3 className="source-record-title" ref={headingRef} tabIndex={-1}>{description.label}</h3>
      {dispute ? (
        <Disagreement dataset={dataset} dispute={dispute} onPick={onPick} />
      ) : item.quote ? (
        <QuoteText quote={item.quote} numbers={description.numbers} lang={lang} />
      ) : (
        <p className="source-derived"><FormattedMessage id="panel.derived" /></p>
      )}
      {item.note && (
        <p className="source-note">
          <span className="source-note-label"><FormattedMessage id="panel.note" /> </span>
          {item.note}
        </p>
      )}
    </section>
  );
}

/** The record's figure as each side states it, side by side, first column the record shown. */
function Disagreement({ dataset, dispute, onPick }: { dataset: Dataset; dispute: Dispute; onPick: (ref: RecordRef) => void }) {
  return (
    <section className="source-disagree" aria-label={dispute.title}>
      <h4 className="source-disagree-title">{dispute.title}</h4>
      <p className="source-disagree-text">{dispute.text}</p>
      <div className="source-compare">
        {dispute.sides.map((side, i) => {
          const source = indexById(dataset.sources).get(side.source);
          const ref = side.ref;
          return (
            <div key={`${side.heading}-${i}`} className="source-compare-col" aria-current={i === 0 ? 'true' : undefined}>
              <p className="source-compare-date">
                {side.heading}
                {i === 0 && <span className="source-compare-tag"> <FormattedMessage id="panel.thisRecord" /></span>}
              </p>
              <p className="source-compare-source">{source?.title ?? side.source}</p>
              {side.quote ? (
                <QuoteText quote={side.quote} numbers={side.numbers} lang={source?.language ?? 'en'} />
              ) : (
                <p className="source-derived"><FormattedMessage id="panel.derived" /></p>
              )}
              {i > 0 && ref && (
                <button type="button" className="link-button source-compare-show" onClick={() => onPick(ref)}>
                  <FormattedMessage id="panel.showRecord" />
                </button>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
