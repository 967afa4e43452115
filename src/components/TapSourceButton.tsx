/** The end of a tooltip a tap showed: how to read the source, and a button that opens it. */
export function TapSourceButton({ mark, onSource }: { mark: string; onSource: () => void }) {
  return (
    <>
      <p className="tooltip-tap-hint">Tap the {mark} again or Source to read the source</p>
      <button type="button" className="button tooltip-source-button" onClick={onSource}>
        Source
      </button>
    </>
  );
}
