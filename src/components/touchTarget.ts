/** Smallest touch target, in CSS px (WCAG 2.2 target size, minimum): invisible hit areas make up the rest. */
export const MIN_TARGET = 24;

/** Radius of a round hit area for a mark drawn with radius `r`: the mark itself, or at least MIN_TARGET across. */
export const hitRadius = (r: number) => Math.max(MIN_TARGET / 2, r);
