import { create } from 'zustand';
import type { RecordRef } from '../data/provenance';

export type { RecordRef };

interface SourcePanelState {
  /** The source shown, and the record that led there (if a data point was clicked). */
  open: { sourceId: string; record: RecordRef | null } | null;
  /** The record picked from the panel's list, so its view can highlight it. */
  highlightedRecord: RecordRef | null;
  openSource: (sourceId: string, record?: RecordRef | null) => void;
  close: () => void;
  highlightRecord: (record: RecordRef | null) => void;
}

/**
 * What the source panel shows: a second store beside the user's choices (state/filters.ts), on purpose — an
 * open panel is not a choice the URL keeps or the views are filtered by, and opening one must not re-render
 * what reads the choices. It holds ids and record references, never elements (the panel keeps its opener).
 */
export const useSourcePanel = create<SourcePanelState>()((set) => ({
  open: null,
  highlightedRecord: null,
  openSource: (sourceId, record = null) => set({ open: { sourceId, record } }),
  close: () => set({ open: null }),
  highlightRecord: (highlightedRecord) => set({ highlightedRecord }),
}));
