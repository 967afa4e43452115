import { createContext, useCallback, useContext, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

/** What a focusable mark spreads onto its SVG element: its tab stop and the ref that enrols it. */
export interface RovingStop {
  tabIndex: 0 | -1;
  ref?: (element: SVGElement | null) => (() => void) | undefined;
}

/** A mark's props by its key (unique within the chart, e.g. `point 12`). */
export type RovingStops = (key: string) => RovingStop;

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

const RovingContext = createContext<RovingStops | null>(null);
const STANDALONE: RovingStop = { tabIndex: 0 };

/** In drawing order: what the arrow keys step through, and whose first is the chart's tab stop at first. */
function inDrawingOrder(marks: ReadonlyMap<string, SVGElement>): [string, SVGElement][] {
  return [...marks].sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * The marks of the chart this is called in, as tab stops. Outside a RovingMarks (an image, a test of the
 * marks alone) every mark is its own tab stop.
 */
export function useRovingStops(): RovingStops {
  return useContext(RovingContext) ?? (() => STANDALONE);
}

/**
 * Makes a chart one tab stop instead of one per mark (a chart can have 40): the mark last focused (at first,
 * the first one drawn) has tabIndex 0, the others -1, as React state; the arrow keys (Home/End) move
 * between marks in drawing order. Marks enrol through the ref of `useRovingStops()(key)`, so a redraw that
 * adds or drops marks updates the group with no observer: a dropped current mark hands the stop back to
 * the first.
 */
export function RovingMarks({ className, ref, children }: { className?: string; ref?: Ref<HTMLDivElement>; children: ReactNode }) {
  const marks = useRef(new Map<string, SVGElement>());
  const refs = useRef(new Map<string, NonNullable<RovingStop['ref']>>());
  const [current, setCurrent] = useState<string | null>(null);
  const [first, setFirst] = useState<string | null>(null);
  const stop = current ?? first;

  const refFor = useCallback((key: string) => {
    const known = refs.current.get(key);
    if (known) return known;
    const enrol = (element: SVGElement | null) => {
      if (!element) return undefined;
      marks.current.set(key, element);
      setFirst(inDrawingOrder(marks.current)[0]?.[0] ?? null);
      return () => {
        if (marks.current.get(key) === element) marks.current.delete(key);
        setFirst(inDrawingOrder(marks.current)[0]?.[0] ?? null);
        setCurrent((was) => (was === key && !marks.current.has(key) ? null : was));
      };
    };
    refs.current.set(key, enrol);
    return enrol;
  }, []);

  const stops = useCallback<RovingStops>((key) => ({ tabIndex: key === stop ? 0 : -1, ref: refFor(key) }), [stop, refFor]);

  const keyOf = (target: EventTarget) => [...marks.current].find(([, element]) => element === target)?.[0];
  const onFocus = (event: { target: EventTarget }) => {
    const key = keyOf(event.target);
    if (key !== undefined) setCurrent(key);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const key = keyOf(event.target);
    if (key === undefined) return;
    const order = inDrawingOrder(marks.current);
    const at = order.findIndex(([k]) => k === key);
    const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
    const next = event.key === 'Home' ? order[0] : event.key === 'End' ? order[order.length - 1] : step ? order[at + step] : undefined;
    if (!next) return;
    event.preventDefault();
    next[1].focus();
  };

  return (
    <RovingContext.Provider value={stops}>
      <div className={className} ref={ref} onFocus={onFocus} onKeyDown={onKeyDown}>
        {children}
      </div>
    </RovingContext.Provider>
  );
}
