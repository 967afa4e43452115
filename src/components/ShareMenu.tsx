import { FormattedMessage } from 'react-intl';
import { useId, useRef, useState } from 'react';
import type { ChartId } from './chartTypes';
import { OnDemand, sharePanel } from './onDemand';
import { useTransientStatus } from './useTransientStatus';

/**
 * "Share" opens two actions (SharePanel, fetched on first use or once the page is idle): copy a link to this chart
 * alone, copy its embed code. Escape closes and returns focus.
 */
export function ShareMenu({ chart, title }: { chart: ChartId; title: string }) {
  const [isOpen, setOpen] = useState(false);
  const [status, showStatus] = useTransientStatus(4000);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="share" onKeyDown={(event) => { if (event.key === 'Escape' && isOpen) { event.stopPropagation(); close(); } }}>
      <button ref={toggleRef} type="button" className="button" aria-expanded={isOpen} aria-controls={panelId} onClick={() => (isOpen ? close() : setOpen(true))}>
        <FormattedMessage id="export.share" />
      </button>
      {isOpen && <OnDemand code={sharePanel} props={{ id: panelId, chart, title, onStatus: showStatus }} onDismiss={close} />}
      {/* Mounted with the panel, before any copy, so screen readers announce the first message too. */}
      {(isOpen || status) && <span className="copy-status" role="status">{status}</span>}
    </div>
  );
}
