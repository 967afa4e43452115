/** Handlers that treat pointer hover and keyboard focus alike: tooltips and highlights answer to both. */
export function hoverOrFocus(enter: () => void, leave: () => void) {
  return { onMouseEnter: enter, onMouseLeave: leave, onFocus: enter, onBlur: leave };
}
