import { FormattedMessage } from 'react-intl';
import { useId, useRef, useState } from 'react';
import { cardTitleId, type ChartId } from './chartTypes';
import { OnDemand, sharePanel } from './onDemand';
import { useTransientStatus } from './useTransientStatus';

/**
 * "Share" opens two actions (SharePanel): copy a link to this chart alone, copy its embed code. The panel's code is
 * a chunk of its own, run as the button is pointed at or focused, so that it is there when the menu opens. The
 * panel's box is this component's, so the button always controls an element that exists, and a chunk that cannot
 * load says so inside it. Escape closes and returns focus.
 */
export function ShareMenu({ chart, title }: { chart: ChartId; title: string }) {
  const [isOpen, setOpen] = useState(false);
  const [status, showStatus] = useTransientStatus(4000);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const toggleId = useId();
  const panelId = useId();
  const preload = () => void sharePanel.preload().catch(() => {});

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="share" onKeyDown={(event) => { if (event.key === 'Escape' && isOpen) { event.stopPropagation(); close(); } }}>
      <button
        ref={toggleRef}
        id={toggleId}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => (isOpen ? close() : setOpen(true))}
        onFocus={preload}
        onPointerEnter={preload}
      >
        <FormattedMessage id="export.share" />
      </button>
      {isOpen && (
        // Named "Share" and the chart's title: "Share Electric vehicles: cumulative sales".
        <div id={panelId} className="share-panel" role="group" aria-labelledby={`${toggleId} ${cardTitleId(chart)}`}>
          <OnDemand code={sharePanel} props={{ chart, title, onStatus: showStatus }} onDismiss={close} />
        </div>
      )}
      {/* Mounted with the panel, before any copy, so screen readers announce the first message too. */}
      {(isOpen || status) && <span className="copy-status" role="status">{status}</span>}
    </div>
  );
}
