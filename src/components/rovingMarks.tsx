import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { watchUntil } from '../lib/watchUntil';

/** What a focusable mark spreads onto its SVG element: its tab stop and the ref that enrols it. */
export interface RovingStop {
  tabIndex: 0 | -1;
  ref?: (element: SVGElement | null) => (() => void) | undefined;
  /** The column the mark stands in (a year's stacked segments): the up and down arrows move within it. */
  'data-roving-column'?: string;
}

/** A mark's props by its key (unique within the chart, e.g. `point 12`) and, in a grid of marks, its column. */
export type RovingStops = (key: string, column?: string) => RovingStop;

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
const COLUMN = 'data-roving-column';

/** The chart's stops, and what a drawing of marks calls once its marks have enrolled or left. */
const RovingContext = createContext<{ stops: RovingStops; settle: () => void } | null>(null);
const STANDALONE_STOPS: RovingStops = () => STANDALONE;
const STANDALONE: RovingStop = { tabIndex: 0 };

const precedes = (a: SVGElement, b: SVGElement) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** In drawing order: what the arrow keys step through. */
function inDrawingOrder(marks: ReadonlyMap<string, SVGElement>): [string, SVGElement][] {
  return [...marks].sort(([, a], [, b]) => (precedes(a, b) ? -1 : 1));
}

/** The mark drawn first, the chart's tab stop until one is focused: one pass, no sort. */
function firstInDrawingOrder(marks: ReadonlyMap<string, SVGElement>): string | null {
  let first: [string, SVGElement] | undefined;
  for (const entry of marks) if (!first || precedes(entry[1], first[1])) first = entry;
  return first?.[0] ?? null;
}

/**
 * Scrolls the tooltip that focusing `mark` opens in `body` into the window once it is drawn. A tooltip whose code
 * comes at the first focus (the EV chart's) may take any time on a slow connection: it is watched for, not polled
 * for a few frames, until it is drawn or the mark loses focus.
 */
function revealTooltip(body: HTMLElement, mark: Element) {
  const bringIn = () => {
    const tooltip = body.querySelector('[role="tooltip"]');
    tooltip?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return tooltip !== null;
  };
  // The tooltip is drawn by the render the focus starts: wait for its commit, then for any later one.
  const stop = watchUntil(body, bringIn, () => mark.removeEventListener('blur', stop));
  mark.addEventListener('blur', stop);
}

/**
 * The marks of the chart this is called in, as tab stops. Outside a RovingMarks (an image, a test of the
 * marks alone) every mark is its own tab stop.
 */
export function useRovingStops(): RovingStops {
  const group = useContext(RovingContext);
  // After each drawing of marks, its marks' refs set: the chart's first mark is settled in the same commit.
  useLayoutEffect(() => group?.settle());
  return group?.stops ?? STANDALONE_STOPS;
}

/**
 * Makes a chart one tab stop instead of one per mark (a chart can have 40, or thousands): the mark last focused
 * (at first, the first one drawn) has tabIndex 0, the others -1; the arrow keys (Home/End) move between marks in
 * drawing order, but up and down stay in a mark's column where it has one: a stacked chart draws a series at a
 * time, so a year's next segment up was a whole row of bars away. Marks enrol through the ref of `useRovingStops()(key)`, so a redraw that adds or drops marks
 * updates the group with no observer: a dropped current mark hands the stop back to the first.
 *
 * The stop is kept in the DOM, not in React state: every mark renders tabIndex -1 and the group sets the one
 * stop's attribute itself. As state, settling the stop on the first mark re-rendered every mark of a chart once
 * it was drawn (784 components after hydration), and each arrow key re-rendered them all again, for an
 * attribute of two of them. React leaves the attribute alone: the prop it renders never changes.
 */
export function RovingMarks({ className, ref, children }: { className?: string; ref?: Ref<HTMLDivElement>; children: ReactNode }) {
  const marks = useRef(new Map<string, SVGElement>());
  const refs = useRef(new Map<string, NonNullable<RovingStop['ref']>>());
  /** The mark last focused, while it is drawn. */
  const current = useRef<string | null>(null);
  /** The mark holding the stop (tabIndex 0). */
  const stop = useRef<string | null>(null);

  const moveStop = useCallback((key: string | null) => {
    if (stop.current === key) return;
    const was = stop.current === null ? undefined : marks.current.get(stop.current);
    if (was) was.tabIndex = -1;
    stop.current = key;
    const next = key === null ? undefined : marks.current.get(key);
    if (next) next.tabIndex = 0;
  }, []);

  // The first mark is found once per redraw, after all its marks enrolled or left: in the layout effect of
  // the part that drew them (useRovingStops) or of this group (their refs are set before either runs), so
  // the stop is there before paint; else (marks redrawn on their own by a part that did not ask for the
  // stops) in a microtask after the commit. Finding it on each enrolment sorted every mark again, which for
  // a chart of thousands of marks was the largest part of a first paint (0.5 s of compareDocumentPosition
  // at the 100× benchmark dataset).
  const firstPending = useRef(false);
  // The first mark so far, kept as marks enrol (one comparison each), so that a settle between enrolments (each
  // sales segment asks for the stops, and settles, in its own layout effect) does not scan every mark again:
  // that was a pass per segment, 68 s of a frozen tab for 19,899 segments. Scanned again only when the first
  // leaves or is drawn afresh.
  const first = useRef<string | null>(null);
  const isFirstStale = useRef(false);
  const settleFirst = useCallback(() => {
    if (!firstPending.current) return;
    firstPending.current = false;
    // Checked here, not as a mark leaves: a redraw that replaces a mark's element drops and enrols the key again.
    if (current.current !== null && !marks.current.has(current.current)) current.current = null;
    if (isFirstStale.current) {
      first.current = firstInDrawingOrder(marks.current);
      isFirstStale.current = false;
    }
    moveStop(current.current ?? first.current);
  }, [moveStop]);
  const findFirstSoon = useCallback(() => {
    if (firstPending.current) return;
    firstPending.current = true;
    queueMicrotask(settleFirst);
  }, [settleFirst]);

  const refFor = useCallback((key: string) => {
    const known = refs.current.get(key);
    if (known) return known;
    const enrol = (element: SVGElement | null) => {
      if (!element) return undefined;
      marks.current.set(key, element);
      const firstElement = first.current === null ? undefined : marks.current.get(first.current);
      if (first.current === key) isFirstStale.current = true;
      else if (!firstElement || precedes(element, firstElement)) first.current = key;
      // A mark drawn afresh for the key holding the stop (a redraw that replaced its element) keeps it.
      if (stop.current === key) element.tabIndex = 0;
      findFirstSoon();
      return () => {
        if (marks.current.get(key) === element) marks.current.delete(key);
        if (first.current === key) isFirstStale.current = true;
        // The element may stay and draw another mark (Recharts keys its bars by position): the stop leaves with
        // the key; it is set again on whichever element the key enrols next.
        if (stop.current === key) element.tabIndex = -1;
        findFirstSoon();
      };
    };
    refs.current.set(key, enrol);
    return enrol;
  }, [findFirstSoon]);

  const stops = useCallback<RovingStops>((key, column) => ({ tabIndex: -1, ref: refFor(key), ...(column === undefined ? {} : { [COLUMN]: column }) }), [refFor]);
  const group = useMemo(() => ({ stops, settle: settleFirst }), [stops, settleFirst]);
  useLayoutEffect(settleFirst);

  const keyOf = (target: EventTarget) => [...marks.current].find(([, element]) => element === target)?.[0];
  const onFocus = (event: { target: EventTarget; currentTarget: HTMLElement }) => {
    const key = keyOf(event.target);
    if (key === undefined) return;
    current.current = key;
    moveStop(key);
    // The focus scrolled the mark into the window, not the tooltip it opens (a company's is ~600 px tall): once it
    // is drawn, it is brought in too. From the keyboard only: a click must not move the page under the pointer.
    if ((event.target as Element).matches(':focus-visible')) revealTooltip(event.currentTarget, event.target as Element);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const key = keyOf(event.target);
    if (key === undefined) return;
    // Up is the next drawn in the column: a stack's later series sits above the earlier.
    const column = event.key === 'ArrowUp' || event.key === 'ArrowDown' ? (event.target as Element).getAttribute(COLUMN) : null;
    const order = inDrawingOrder(marks.current).filter(([, element]) => column === null || element.getAttribute(COLUMN) === column);
    const at = order.findIndex(([k]) => k === key);
    const step = column !== null ? (event.key === 'ArrowUp' ? 1 : -1) : NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
    const next = event.key === 'Home' ? order[0] : event.key === 'End' ? order[order.length - 1] : step ? order[at + step] : undefined;
    if (!next) return;
    event.preventDefault();
    next[1].focus();
  };

  return (
    <RovingContext.Provider value={group}>
      <div className={className} ref={ref} onFocus={onFocus} onKeyDown={onKeyDown}>
        {children}
      </div>
    </RovingContext.Provider>
  );
}
