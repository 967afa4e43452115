import { FormattedMessage, useIntl } from 'react-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLAY_SPEEDS, selectCursor, useFilters, type PlaySpeed } from '../state/filters';
import { playStart } from '../state/time';
import { Segmented } from './Segmented';

/** About one year a second at 1×. */
const STEP_MS = 1000;

/**
 * Steps the cursor while the store says Play is on; a click or tap outside the play controls pauses it. A click,
 * not any pointer press: a finger that scrolls down to the charts presses too, and should get to watch them play.
 */
function usePlayback(controlsRef: React.RefObject<HTMLElement | null>, onEnd: () => void) {
  const { isPlaying, speed, at } = useFilters(useShallow((s) => ({ isPlaying: s.isPlaying, speed: s.playSpeed, at: selectCursor(s) })));
  const { advancePlay, pause } = useFilters.getState();
  useEffect(() => {
    if (!isPlaying) return;
    // One timer per year shown: the next step waits until this year has been drawn.
    const timer = window.setTimeout(() => {
      advancePlay();
      if (!useFilters.getState().isPlaying) onEnd();
    }, STEP_MS / speed);
    return () => window.clearTimeout(timer);
  }, [isPlaying, speed, at, advancePlay, onEnd]);
  useEffect(() => {
    if (!isPlaying) return;
    const onPress = (event: Event) => {
      if (!(event.target instanceof Node && controlsRef.current?.contains(event.target))) pause();
    };
    document.addEventListener('click', onPress, true);
    return () => document.removeEventListener('click', onPress, true);
  }, [isPlaying, pause, controlsRef]);
}

/** Play / Pause / Replay and the speed: plays the cursor to the range's end, from where it is or from the start. */
export function PlayControls() {
  const ref = useRef<HTMLDivElement>(null);
  const { isPlaying, speed, range, at } = useFilters(
    useShallow((s) => ({ isPlaying: s.isPlaying, speed: s.playSpeed, range: s.yearRange, at: selectCursor(s) })),
  );
  const { play, pause, setPlaySpeed } = useFilters.getState();
  // Where the last run ended; Replay is offered while the view is still there.
  const [ended, setEnded] = useState<string | null>(null);
  const here = `${range[0]}-${range[1]}@${at}`;
  const onEnd = useCallback(() => {
    const state = useFilters.getState();
    setEnded(`${state.yearRange[0]}-${state.yearRange[1]}@${selectCursor(state)}`);
  }, []);
  usePlayback(ref, onEnd);
  // Where this run started, for the Pause button's name: the range's start only when the run began there.
  const [runFrom, setRunFrom] = useState(range[0]);
  const start = useCallback(() => {
    play();
    setRunFrom(selectCursor(useFilters.getState()));
  }, [play]);
  const action = isPlaying ? 'pause' : ended === here ? 'replay' : 'play';
  const intl = useIntl();
  const speedOptions = PLAY_SPEEDS.map((value) => ({ value: String(value), label: intl.formatMessage({ id: 'filters.speedValue' }, { speed: intl.formatNumber(value) }) }));

  return (
    <div className="play-controls" ref={ref} data-playing={isPlaying || undefined}>
      <button type="button" className="button play-button" aria-label={intl.formatMessage({ id: `filters.${action}.name` }, { from: isPlaying ? runFrom : playStart(at, range), to: range[1] })} onClick={isPlaying ? pause : start}>
        <span aria-hidden="true" className="play-icon">{isPlaying ? '❚❚' : ended === here ? '↻' : '▶'}</span> <span className="play-label"><FormattedMessage id={`filters.${action}`} /></span>
      </button>
      {/* The year beside Pause where the controls float at the foot of a phone's screen (styles.css); the slider announces it. */}
      {isPlaying && <span className="play-year" aria-hidden="true">{at}</span>}
      <Segmented label={intl.formatMessage({ id: 'filters.speed' })} options={speedOptions} value={String(speed)} onChange={(value) => setPlaySpeed(Number(value) as PlaySpeed)} />
    </div>
  );
}
