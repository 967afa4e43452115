import { useIntl } from 'react-intl';

/** What a tap showed a tooltip for: the word the hint names it by. */
export type TappedMark = 'bar' | 'plant' | 'milestone' | 'marker' | 'target' | 'arrow' | 'company';

/** The end of a tooltip a tap showed: how to read the source, and a button that opens it. */
export function TapSourceButton({ mark, onSource }: { mark: TappedMark; onSource: () => void }) {
  const intl = useIntl();
  return (
    <>
      <p className="tooltip-tap-hint">{intl.formatMessage({ id: 'sources.tapHint' }, { mark })}</p>
      <button type="button" className="button tooltip-source-button" onClick={onSource}>
        {intl.formatMessage({ id: 'sources.tapButton' })}
      </button>
    </>
  );
}
