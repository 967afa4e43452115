import type { Theme } from '../../theme/tokens';
import { FRAME_BELOW_PLOT, yearFrameSpan } from './frame';

/** The compared year's frame's dashes (and its legend key's). */
export const COMPARED_DASH = '5 4';

/**
 * The frame around a year's column, from above its total (atFrameTop) to under its label, clear of both
 * (yearFrameSpan): solid for the cursor year, dashed for the year it is compared with, as the timeline marks the
 * two. One drawing for the static chart and the Recharts one, so the takeover moves nothing.
 */
export function YearFrame({ kind, start, end, labelWidth, plot, top, bottom, theme }: { kind: 'at' | 'vs'; start: number; end: number; labelWidth: number; plot: readonly [number, number]; top: number; bottom: number; theme: Theme }) {
  const { x, width } = yearFrameSpan(start, end, labelWidth, plot);
  return (
    <rect
      className={kind === 'at' ? 'sales-at' : 'sales-vs'}
      x={x}
      y={top}
      width={width}
      height={bottom - top + FRAME_BELOW_PLOT}
      rx={6}
      fill="none"
      stroke={theme.text}
      strokeWidth={1.5}
      strokeDasharray={kind === 'vs' ? COMPARED_DASH : undefined}
      aria-hidden="true"
    />
  );
}
