import type { Brand, Source } from '../data/schema';
import type { Filters } from '../state/filters';

/** "Years 2013–2016 · Brands: Renault, Nissan": the filter, as a line under an exported image. */
export function filterLine({ yearRange, brands }: Pick<Filters, 'yearRange' | 'brands'>, allBrands: readonly Brand[]): string {
  const years = yearRange[0] === yearRange[1] ? `Year ${yearRange[0]}` : `Years ${yearRange[0]}–${yearRange[1]}`;
  const brandText = brands.length === allBrands.length ? 'all brands' : brands.length ? brands.join(', ') : 'no brand selected';
  return `${years} · Brands: ${brandText}`;
}

/** "Sources: title (publisher); …" for the sources a chart cites, in citation order. */
export function sourceLine(sources: readonly Source[]): string {
  const names = sources.map((s) => (s.publisher ? `${s.title} (${s.publisher})` : s.title));
  return `Source${names.length === 1 ? '' : 's'}: ${names.join('; ')}. Alliance Atlas.`;
}
