import { useState } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A list shown up to `limit` items until the reader asks for all (`showAll`): a grown dataset cites thousands of
 * sources, has hundreds of plants and dozens of notes a chart, which would fill pages and cost every render.
 * `longest`: the length of the longest list capped with this one choice (a card's groups share it).
 */
export function useShowAll(longest: number, limit: number) {
  const [isAllShown, setAllShown] = useState(false);
  const isCapped = !isAllShown && longest > limit;
  return {
    isCapped,
    cap: <T,>(items: readonly T[]): readonly T[] => (isCapped ? items.slice(0, limit) : items),
    showAll: () => setAllShown(true),
  };
}

/** "Show all 30 sources": the button under a capped list (useShowAll), naming how many it holds in all. */
export function ShowAllButton({ what, count, className, onClick }: { what: 'sources' | 'notes' | 'plants' | 'targets'; count: number; className: string; onClick: () => void }) {
  return (
    <button type="button" className={`link-button ${className}`} onClick={onClick}>
      <FormattedMessage id="sources.showAll" values={{ count, what }} />
    </button>
  );
}
