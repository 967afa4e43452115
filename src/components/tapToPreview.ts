/** What a mark spreads beside its hover and focus handlers. */
export interface TapHandlers {
  onPointerDown: (event: { pointerType: string }) => void;
  onClick: () => void;
}

/** Touch handlers for the mark with this key: a first tap runs `preview`, a second `open`. */
export type TapFor = (key: string, preview: () => void, open: () => void) => TapHandlers;

const ignore = () => {};
const NO_TAP: TapHandlers = { onPointerDown: ignore, onClick: ignore };
/** For marks nobody can touch: those drawn into an exported image. */
export const noTap = () => NO_TAP;

/** The tap in progress: whether it is a touch, and whether its mark's tooltip was already showing. */
let tap = { isTouch: false, wasShown: false };

/**
 * Touch reading. A phone has no hover, so a tap that opened the source at once hid the tooltip for good:
 * now the first tap on a mark shows its tooltip (which offers a Source button) and a second tap on the
 * same mark opens the source. Mouse clicks and the keyboard open the source at once, as before.
 * `isShown` is read when the finger lands, before the tap's emulated hover and focus show anything.
 */
export function tapToPreview({ isShown, preview, open }: { isShown: () => boolean; preview: () => void; open: () => void }): TapHandlers {
  return {
    onPointerDown: (event: { pointerType: string }) => {
      tap = { isTouch: event.pointerType === 'touch', wasShown: isShown() };
    },
    onClick: () => {
      const { isTouch, wasShown } = tap;
      tap = { isTouch: false, wasShown: false };
      if (isTouch && !wasShown) preview();
      else open();
    },
  };
}
