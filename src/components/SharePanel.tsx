import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useEffect, useRef, useState } from 'react';
import { chartUrl, EMBED_HEIGHTS, embedSnippet } from '../export/embed';
import { pageBase } from '../state/pageMode';
import { useFilters } from '../state/filters';
import { addEnglish } from '../i18n/messages';
import { shareEn } from '../i18n/messages/share/en';
import { selectQuery } from '../state/urlState';
import type { ChartId } from './chartTypes';
import { ChunkStyles } from './ChunkStyles';
import panelStyles from './sharePanel.css?inline';

/** What each button copies, built from the store at click time so it matches what is on screen. */
function shareText(kind: 'link' | 'embed', chart: ChartId, title: string, intl: IntlShape): string {
  const filters = selectQuery(useFilters.getState());
  if (kind === 'link') return chartUrl(pageBase(window.location), chart, filters);
  const src = chartUrl(pageBase(window.location), chart, filters, { isEmbed: true });
  return embedSnippet({ src, title: intl.formatMessage({ id: 'share.embedTitle' }, { title }), height: EMBED_HEIGHTS[chart] });
}

// Its words come with it (EnglishLater): the first script carries none of them.
addEnglish({ share: shareEn });

const COPIED = { link: 'share.linkCopied', embed: 'share.embedCopied' } as const;

export interface SharePanelProps {
  chart: ChartId;
  /** The chart's title, which the embed code's iframe carries. */
  title: string;
  /** Says what a copy did, in the menu's status line (which outlives the panel by a few seconds). */
  onStatus: (message: string) => void;
}

/**
 * The Share menu's two actions, in a chunk of its own (ShareMenu opens it in its box): copy a link to this chart
 * alone, copy its embed code. Where the browser refuses the clipboard, the text appears selected in a field to copy by hand.
 */
export function SharePanel({ chart, title, onStatus }: SharePanelProps) {
  const [fallback, setFallback] = useState<{ label: string; text: string } | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const intl = useIntl();

  useEffect(() => fieldRef.current?.select(), [fallback]);

  const copy = async (kind: 'link' | 'embed') => {
    const text = shareText(kind, chart, title, intl);
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      onStatus(intl.formatMessage({ id: COPIED[kind] }));
    } catch {
      setFallback({ label: intl.formatMessage({ id: kind === 'link' ? 'share.chartLink' : 'share.embedCode' }), text });
      onStatus(intl.formatMessage({ id: 'share.copyRefused' }));
    }
  };

  return (
    <>
      <ChunkStyles name="share-panel" css={panelStyles} />
      <button type="button" className="button" onClick={() => void copy('link')}><FormattedMessage id="share.copyChartLink" /></button>
      <button type="button" className="button" onClick={() => void copy('embed')}><FormattedMessage id="share.copyEmbed" /></button>
      {fallback && (
        <label className="share-fallback">
          {fallback.label}
          <textarea ref={fieldRef} readOnly value={fallback.text} rows={fallback.text.includes('\n') ? 6 : 2} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
