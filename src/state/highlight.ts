import type { Brand } from '../data/schema';

/**
 * The brands every view emphasises while a mark is hovered or focused: one for a bar, a line, a company or a
 * legend entry; every Alliance brand a plant builds for (Togliatti: AvtoVAZ, Renault and Nissan); or none.
 */
export type Highlight = readonly Brand[];

export const NO_HIGHLIGHT: Highlight = [];

/** A mark's brand as a highlight: a mark with none (an Alliance-wide line) emphasises nothing. */
export const highlightOf = (brand: Brand | null): Highlight => (brand === null ? NO_HIGHLIGHT : [brand]);

/**
 * The one rule every view dims by: while brands are emphasised, a mark of other brands — or of none, the
 * Alliance's own — fades. A mark of several brands (a shared plant) stays while any of them is emphasised.
 */
export function isDimmedBy(highlight: Highlight, brands: Brand | null | readonly Brand[]): boolean {
  if (highlight.length === 0) return false;
  if (brands === null) return true;
  return typeof brands === 'string' ? !highlight.includes(brands) : !brands.some((brand) => highlight.includes(brand));
}
