import { useState } from 'react';

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
