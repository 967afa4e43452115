import { useFilters, useHighlighted } from './filters';
import { useSourcePanel } from './sourcePanel';

/**
 * What every view passes to its marks so that they never call a store: the brands emphasised across views,
 * the record whose source is open, and the two actions that change them.
 */
export function useMarkLinks() {
  const highlighted = useHighlighted();
  const onHighlight = useFilters((s) => s.setHighlighted);
  const picked = useSourcePanel((s) => s.highlightedRecord);
  const onOpenSource = useSourcePanel((s) => s.openSource);
  return { highlighted, onHighlight, picked, onOpenSource };
}
