import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { formatSourceDate, languageIn, type RecordRef } from '../data/provenance';
import type { Locale } from '../i18n/locales';
import type { Dataset, RecordKey, Source } from '../data/schema';
import { indexById } from '../data/indexById';
import { useLocalisedDataset } from '../data/useLocalisedDataset';
import { useSourcePanel } from '../state/sourcePanel';
import type { ChartId } from './chartTypes';
import { SourceCitingList } from './SourceCitingList';
import { SourceRecord } from './SourceRecord';
import { ChunkStyles } from './ChunkStyles';
import panelStyles from './sourcePanel.css?inline';

/** The figure that draws each collection, so picking a record can bring it into view. */
const CHART_FOR_KEY: Record<RecordKey, ChartId> = {
  sales: 'sales', salesTotals: 'sales', targets: 'sales',
  evMilestones: 'ev', evLaunches: 'ev', events: 'ev',
  ownership: 'ownership', plants: 'plants',
};

/** Closes the modal dialog and gives focus back to the element that had it when the dialog opened. */
function closeDialog(dialog: HTMLDialogElement, opener: RefObject<HTMLElement | SVGElement | null>) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
  const target = opener.current;
  opener.current = null;
  if (target?.isConnected) target.focus();
}

/**
 * The provenance drawer: a modal <dialog> (focus trapped, Escape closes, focus returns to
 * where it was) showing a source, the record that opened it, and every other record citing it.
 */
export function SourcePanel() {
  const dataset = useLocalisedDataset();
  const open = useSourcePanel((s) => s.open);
  const close = useSourcePanel((s) => s.close);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const pressedBackdrop = useRef(false);
  const isOpen = open !== null && dataset !== undefined;

  // Where focus was when the panel opened, to go back there when it closes: kept here, not in the store, which
  // holds what is shown (ids), not elements.
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // jsdom has no showModal/close: fall back to the attribute so tests still see the content.
    if (isOpen && !dialog.open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      closeRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      closeDialog(dialog, opener);
    }
  }, [isOpen]);

  // The page closes the panel by unmounting it (App mounts it only while open): close the dialog before it
  // leaves the document — focusing the opener while the dialog is still modal (the page inert) would not take.
  useLayoutEffect(
    () => () => {
      const dialog = dialogRef.current;
      if (dialog?.open) closeDialog(dialog, opener);
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault(); // closed through the store; the effect above returns focus
    close();
  };
  // A click that both starts and ends on the dialog element itself is a click on the backdrop.
  const onPointerDown = (event: PointerEvent<HTMLDialogElement>) => { pressedBackdrop.current = event.target === event.currentTarget; };
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (pressedBackdrop.current && event.target === event.currentTarget) close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="source-panel"
      aria-labelledby="source-panel-title"
      onKeyDown={onKeyDown}
      onCancel={(event) => { event.preventDefault(); close(); }}
      onClose={() => { if (useSourcePanel.getState().open) close(); }}
      onPointerDown={onPointerDown}
      onClick={onClick}
    >
      <ChunkStyles name="source-panel" css={panelStyles} />
      {isOpen && <PanelContent dataset={dataset} sourceId={open.sourceId} record={open.record} closeRef={closeRef} onClose={close} />}
    </dialog>
  );
}

interface PanelContentProps {
  dataset: Dataset;
  sourceId: string;
  record: RecordRef | null;
  closeRef: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}

function PanelContent({ dataset, sourceId, record, closeRef, onClose }: PanelContentProps) {
  const source = indexById(dataset.sources).get(sourceId);
  const recordHeadingRef = useRef<HTMLHeadingElement>(null);
  const intl = useIntl();

  const pick = (ref: RecordRef) => {
    const { highlightRecord, openSource } = useSourcePanel.getState();
    highlightRecord(ref);
    flushSync(() => openSource(sourceId, ref));
    recordHeadingRef.current?.focus();
    const figure = document.querySelector(`figure[data-chart="${CHART_FOR_KEY[ref.key]}"]`);
    figure?.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div className="source-panel-inner">
      <header className="source-panel-head">
        <div>
          <p className="source-panel-kicker"><FormattedMessage id="panel.kicker" /></p>
          <h2 id="source-panel-title" className="source-panel-title" lang={source?.language}>
            {source?.title ?? <FormattedMessage id="panel.unknown" values={{ id: sourceId }} />}
          </h2>
        </div>
        <button ref={closeRef} type="button" className="source-panel-close" aria-label={intl.formatMessage({ id: 'panel.close' })} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="source-panel-body">
        {source && <SourceMeta source={source} />}
        {record && <SourceRecord headingRef={recordHeadingRef} dataset={dataset} record={record} onPick={pick} />}
        <SourceCitingList dataset={dataset} sourceId={sourceId} current={record} onPick={pick} />
      </div>
    </div>
  );
}

function SourceMeta({ source }: { source: Source }) {
  const intl = useIntl();
  const notStated = <span className="source-meta-missing"><FormattedMessage id="panel.notStated" /></span>;
  const language = languageIn(source.language, intl.locale);
  // A source in another language than the page's is marked: its quotes stay in that language.
  const isForeign = source.language !== intl.locale;
  return (
    <dl className="source-meta">
      {source.titleIsFirstSentence && (
        <>
          <dt><FormattedMessage id="panel.title" /></dt>
          <dd><FormattedMessage id="panel.firstSentence" /></dd>
        </>
      )}
      <dt><FormattedMessage id="panel.publisher" /></dt>
      <dd>{source.publisher ?? notStated}</dd>
      <dt><FormattedMessage id="panel.date" /></dt>
      <dd>{source.date ? formatSourceDate(source.date, intl.locale as Locale) : notStated}</dd>
      <dt><FormattedMessage id="panel.language" /></dt>
      <dd>
        {isForeign ? <strong className="source-lang-badge">{language}</strong> : language}
        {isForeign && <span className="source-meta-aside"> — <FormattedMessage id="panel.asWritten" /></span>}
      </dd>
      <dt><FormattedMessage id="panel.kind" /></dt>
      <dd><FormattedMessage id={`panel.kind.${source.kind}`} /></dd>
    </dl>
  );
}
