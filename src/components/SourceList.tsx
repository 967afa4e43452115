import { FormattedMessage } from 'react-intl';
import { useState } from 'react';
import type { Source } from '../data/schema';
import { useSourcePanel } from '../state/sourcePanel';

/** Sources listed before "Show all": a grown dataset cites thousands, and a button each costs every render. */
export const SOURCES_SHOWN = 8;

/** The sources a figure uses, each a button that opens the source panel; past SOURCES_SHOWN, behind "Show all". */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const openSource = useSourcePanel((s) => s.openSource);
  const [isAllShown, setAllShown] = useState(false);
  if (sources.length === 0) return null;
  const isCapped = !isAllShown && sources.length > SOURCES_SHOWN;
  const shown = isCapped ? sources.slice(0, SOURCES_SHOWN) : sources;
  return (
    <div className="source-list">
      <span className="source-label"><FormattedMessage id="sources.list" /></span>
      {shown.map((source) => (
        <button key={source.id} type="button" className="link-button" onClick={() => openSource(source.id)}>
          {source.title}
          {source.language !== 'en' && <span className="lang-tag"> ({source.language.toUpperCase()})</span>}
        </button>
      ))}
      {isCapped && (
        <button type="button" className="link-button source-list-more" onClick={() => setAllShown(true)}>
          <FormattedMessage id="sources.showAll" values={{ count: sources.length }} />
        </button>
      )}
    </div>
  );
}
