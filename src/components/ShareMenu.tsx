import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { chartUrl, EMBED_HEIGHTS, embedSnippet } from '../export/embed';
import { pageBase } from '../state/pageMode';
import { useFilters } from '../state/filters';
import { selectQuery } from '../state/urlState';
import type { ChartId } from './chartTypes';
import { useTransientStatus } from './useTransientStatus';

/** What each button copies, built from the store at click time so it matches what is on screen. */
function shareText(kind: 'link' | 'embed', chart: ChartId, title: string, intl: IntlShape): string {
  const filters = selectQuery(useFilters.getState());
  if (kind === 'link') return chartUrl(pageBase(window.location), chart, filters);
  const src = chartUrl(pageBase(window.location), chart, filters, { isEmbed: true });
  return embedSnippet({ src, title: intl.formatMessage({ id: 'export.embedTitle' }, { title }), height: EMBED_HEIGHTS[chart] });
}

const COPIED = { link: 'export.linkCopied', embed: 'export.embedCopied' } as const;

/**
 * "Share" opens two actions: copy a link to this chart alone, copy its embed code. Where the browser refuses
 * the clipboard, the text appears selected in a field to copy by hand. Escape closes and returns focus.
 */
export function ShareMenu({ chart, title }: { chart: ChartId; title: string }) {
  const [isOpen, setOpen] = useState(false);
  const [fallback, setFallback] = useState<{ label: string; text: string } | null>(null);
  const [status, showStatus] = useTransientStatus(4000);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const panelId = useId();
  const intl = useIntl();

  useEffect(() => fieldRef.current?.select(), [fallback]);

  const close = () => {
    setOpen(false);
    setFallback(null);
    toggleRef.current?.focus();
  };

  const copy = async (kind: 'link' | 'embed') => {
    const text = shareText(kind, chart, title, intl);
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      showStatus(intl.formatMessage({ id: COPIED[kind] }));
    } catch {
      setFallback({ label: intl.formatMessage({ id: kind === 'link' ? 'export.chartLink' : 'export.embedCode' }), text });
      showStatus(intl.formatMessage({ id: 'export.copyRefused' }));
    }
  };

  return (
    <div className="share" onKeyDown={(event) => { if (event.key === 'Escape' && isOpen) { event.stopPropagation(); close(); } }}>
      <button ref={toggleRef} type="button" className="button" aria-expanded={isOpen} aria-controls={panelId} onClick={() => (isOpen ? close() : setOpen(true))}>
        <FormattedMessage id="export.share" />
      </button>
      {isOpen && (
        <div id={panelId} className="share-panel" role="group" aria-label={intl.formatMessage({ id: 'export.shareNamed' }, { title })}>
          <button type="button" className="button" onClick={() => void copy('link')}><FormattedMessage id="export.copyChartLink" /></button>
          <button type="button" className="button" onClick={() => void copy('embed')}><FormattedMessage id="export.copyEmbed" /></button>
          {fallback && (
            <label className="share-fallback">
              {fallback.label}
              <textarea ref={fieldRef} readOnly value={fallback.text} rows={fallback.text.includes('\n') ? 6 : 2} onFocus={(event) => event.currentTarget.select()} />
            </label>
          )}
        </div>
      )}
      {/* Mounted with the panel, before any copy, so screen readers announce the first message too. */}
      {(isOpen || status) && <span className="copy-status" role="status">{status}</span>}
    </div>
  );
}
