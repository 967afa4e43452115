import type { Theme } from '../../theme/tokens';

/** Direct labels, marker labels and cursor readings, in px. */
export const EV_LABEL_SIZE = 12;

/** A stroke in the card colour painted under a label's fill, so it stays legible where lines pass under it. */
export function halo(theme: Theme, width = 3) {
  return { stroke: theme.surface, strokeWidth: width, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
}
