import { selectFilters, useFilters } from '../state/filters';
import type { EmptyAction } from './emptyAction';

/** Why a card is empty, in one place, with a button that changes the filter where one change would help. */
export function EmptyState({ id, message, action, focusAfter }: { id: string; message: string; action: EmptyAction | null; focusAfter: string }) {
  const apply = () => {
    if (!action) return;
    const { applyFilters } = useFilters.getState();
    applyFilters({ ...selectFilters(useFilters.getState()), ...action.patch });
    // The button goes with the empty state: hand keyboard focus to the card's title instead of <body>.
    requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
  };
  return (
    <div className="empty-state">
      <p id={id}>{message}</p>
      {action && <button type="button" className="button" onClick={apply}>{action.label}</button>}
    </div>
  );
}
