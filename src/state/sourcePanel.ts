import { create } from 'zustand';
import type { RecordRef } from '../data/provenance';

export type { RecordRef };

interface SourcePanelState {
  /** The source shown, and the record that led there (if a data point was clicked). */
  open: { sourceId: string; record: RecordRef | null } | null;
  /** Where focus goes back to when the panel closes. */
  returnFocus: HTMLElement | SVGElement | null;
  /** The record picked from the panel's list, so its view can highlight it. */
  highlightedRecord: RecordRef | null;
  openSource: (sourceId: string, record?: RecordRef | null) => void;
  close: () => void;
  highlightRecord: (record: RecordRef | null) => void;
}

export const useSourcePanel = create<SourcePanelState>()((set, get) => ({
  open: null,
  returnFocus: null,
  highlightedRecord: null,
  openSource: (sourceId, record = null) => {
    const active = document.activeElement;
    set({
      open: { sourceId, record },
      // Data points are SVG elements: they take focus too.
      returnFocus: get().returnFocus ?? (active instanceof HTMLElement || active instanceof SVGElement ? active : null),
    });
  },
  close: () => {
    const target = get().returnFocus;
    set({ open: null, returnFocus: null });
    target?.focus();
  },
  highlightRecord: (highlightedRecord) => set({ highlightedRecord }),
}));
