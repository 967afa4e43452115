import { useState } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A list shown up to `limit` items until the reader asks for all (`toggle`, ShowAllButton): a grown dataset cites thousands of
 * sources, has hundreds of plants and dozens of notes a chart, which would fill pages and cost every render.
 * `longest`: the length of the longest list capped with this one choice (a card's groups share it).
 */
export function useShowAll(longest: number, limit: number) {
  const [isAllShown, setAllShown] = useState(false);
  const isCapped = !isAllShown && longest > limit;
  return {
    /** Whether the list is longer than its cap, so the reader has a choice to make (ShowAllButton). */
    isLong: longest > limit,
    isAllShown,
    cap: <T,>(items: readonly T[]): readonly T[] => (isCapped ? items.slice(0, limit) : items),
    toggle: () => setAllShown((shown) => !shown),
  };
}

/**
 * "Show all 30 sources", then "Show fewer": the button under a capped list (useShowAll). It stays where it is, so
 * keyboard focus stays on it (a button that went away once pressed left focus nowhere: a code review).
 */
export function ShowAllButton({ what, count, className, list }: { what: 'sources' | 'notes' | 'plants' | 'targets' | 'rows'; count: number; className: string; list: ReturnType<typeof useShowAll> }) {
  if (!list.isLong) return null;
  return (
    <button type="button" className={`link-button ${className}`} aria-expanded={list.isAllShown} onClick={list.toggle}>
      <FormattedMessage id={list.isAllShown ? 'sources.showFewer' : 'sources.showAll'} values={{ count, what }} />
    </button>
  );
}
