import { useEffect, type RefObject } from 'react';

/** The focusable data marks of a chart: SVG elements the views give a role and a tab stop. */
const MARKS = 'svg [tabindex][role="button"], svg [tabindex][role="img"]';
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Makes a chart one tab stop instead of one per mark (a chart can have 40): only the current mark keeps
 * tabindex 0, and the arrow keys (Home/End) move between marks in drawing order. Views keep rendering
 * tabIndex={0}; marks added by a redraw are folded in by the observer.
 */
export function useRovingMarks(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let current: Element | null = null;
    const marks = () => [...root.querySelectorAll(MARKS)];
    const apply = () => {
      const all = marks();
      if (!current || !current.isConnected) current = all[0] ?? null;
      for (const mark of all) {
        const value = mark === current ? '0' : '-1';
        if (mark.getAttribute('tabindex') !== value) mark.setAttribute('tabindex', value);
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(MARKS)) {
        current = event.target;
        apply();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Element) || !event.target.matches(MARKS)) return;
      const all = marks();
      const at = all.indexOf(event.target);
      const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
      const target = event.key === 'Home' ? all[0] : event.key === 'End' ? all[all.length - 1] : step ? all[at + step] : undefined;
      if (!target) return;
      event.preventDefault();
      (target as HTMLElement | SVGElement).focus();
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
