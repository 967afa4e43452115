import type { Brand } from '../data/schema';
import { selectComparedYear, selectCursor, type Filters, type YearRange } from '../state/filters';

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** What a file holds: the chart, the filter, and the year it stands at (the cursor) with the year compared, if any. */
export interface FileSubject {
  chart: string;
  yearRange: YearRange;
  brands: readonly Brand[];
  /** Every brand of the dataset, so a file covering them all says so. */
  allBrands: readonly Brand[];
  /** The year the charts stand at and the year compared with it (`namedYears`). */
  at: number | null;
  vs: number | null;
}

/**
 * The cursor and compared years a file name carries: none while the cursor stands at the filter's last year (the
 * default) with nothing compared, so the usual file keeps its short name.
 */
export function namedYears(filters: Pick<Filters, 'yearRange' | 'at' | 'vs'>): Pick<FileSubject, 'at' | 'vs'> {
  const at = selectCursor(filters);
  const vs = selectComparedYear(filters);
  return at === filters.yearRange[1] && vs === null ? { at: null, vs: null } : { at, vs };
}

/**
 * `alliance-sales-2013-2016-renault-nissan.png`: what is inside, from the chart and the filter; `-at-2017-vs-2012`
 * where the cursor stands before the range's end or a year is compared (the ownership diagram as of 2017 is
 * another image than as of 2023); with a `variant` (`1200x675-dark`), how the image was drawn, so the sizes and
 * themes of one chart do not overwrite each other.
 */
export function exportFileName({ chart, yearRange, brands, allBrands, at, vs }: FileSubject, extension: string, variant?: string): string {
  const years = yearRange[0] === yearRange[1] ? `${yearRange[0]}` : `${yearRange[0]}-${yearRange[1]}`;
  // A brand with no Latin letter or digit (日産) has no slug: it is left out, or, alone, counted.
  const slugs = brands.map(slug).filter((part) => part !== '');
  const named = slugs.length > 0 ? slugs.join('-') : `${brands.length}-brand${brands.length === 1 ? '' : 's'}`;
  const brandPart = brands.length === allBrands.length ? 'all-brands' : brands.length === 0 ? 'no-brands' : named;
  const cursor = at === null ? '' : `-at-${at}${vs === null ? '' : `-vs-${vs}`}`;
  return `alliance-${slug(chart)}-${years}-${brandPart}${cursor}${variant ? `-${slug(variant)}` : ''}.${extension}`;
}
