import type { Source } from '../data/schema';
import { useSourcePanel } from '../state/sourcePanel';

/** The sources a figure uses, each a button that opens the source panel. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const openSource = useSourcePanel((s) => s.openSource);
  if (sources.length === 0) return null;
  return (
    <div className="source-list">
      <span className="source-label">Sources:</span>
      {sources.map((source) => (
        <button key={source.id} type="button" className="link-button" onClick={() => openSource(source.id)}>
          {source.title}
          {source.language !== 'en' && <span className="lang-tag"> ({source.language.toUpperCase()})</span>}
        </button>
      ))}
    </div>
  );
}
