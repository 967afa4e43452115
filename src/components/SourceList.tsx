import { FormattedMessage } from 'react-intl';
import type { Source } from '../data/schema';
import { useSourcePanel } from '../state/sourcePanel';
import { ShowAllButton, useShowAll } from './useShowAll';

/** Sources listed before "Show all": a grown dataset cites thousands, and a button each costs every render. */
export const SOURCES_SHOWN = 8;

/** The sources a figure uses, each a button that opens the source panel; past SOURCES_SHOWN, behind "Show all". */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const openSource = useSourcePanel((s) => s.openSource);
  const list = useShowAll(sources.length, SOURCES_SHOWN);
  if (sources.length === 0) return null;
  return (
    <div className="source-list">
      <span className="source-label"><FormattedMessage id="sources.list" /></span>
      {list.cap(sources).map((source) => (
        <button key={source.id} type="button" className="link-button" onClick={() => openSource(source.id)}>
          {source.title}
          {source.language !== 'en' && <span className="lang-tag"> ({source.language.toUpperCase()})</span>}
        </button>
      ))}
      <ShowAllButton what="sources" count={sources.length} className="source-list-more" list={list} />
    </div>
  );
}
