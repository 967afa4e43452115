import type { Brand } from '../data/schema';
import type { YearRange } from '../state/filters';

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * `alliance-sales-2013-2016-renault-nissan.png`: what is inside, from the chart and the filter; with a `variant`
 * (`1200x675-dark`), how the image was drawn, so the sizes and themes of one chart do not overwrite each other.
 */
export function exportFileName(chart: string, yearRange: YearRange, brands: readonly Brand[], extension: string, allBrands: readonly Brand[], variant?: string): string {
  const years = yearRange[0] === yearRange[1] ? `${yearRange[0]}` : `${yearRange[0]}-${yearRange[1]}`;
  // A brand with no Latin letter or digit (日産) has no slug: it is left out, or, alone, counted.
  const slugs = brands.map(slug).filter((part) => part !== '');
  const named = slugs.length > 0 ? slugs.join('-') : `${brands.length}-brand${brands.length === 1 ? '' : 's'}`;
  const brandPart = brands.length === allBrands.length ? 'all-brands' : brands.length === 0 ? 'no-brands' : named;
  return `alliance-${slug(chart)}-${years}-${brandPart}${variant ? `-${slug(variant)}` : ''}.${extension}`;
}
