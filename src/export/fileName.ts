import type { Brand } from '../data/schema';
import { selectComparedYear, selectCursor, type Filters, type YearRange } from '../state/filters';
import { compareSpan } from '../state/time';

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
 * The cursor and compared years a file name carries: only years the image draws (`drawn`: the EV chart's years
 * within a wider filter), and the cursor only where it says something — not at the filter's last year (the
 * default) with nothing compared, so the usual file keeps its short name.
 */
export function namedYears(filters: Pick<Filters, 'yearRange' | 'at' | 'vs'>, drawn: YearRange = filters.yearRange): Pick<FileSubject, 'at' | 'vs'> {
  const isDrawn = (year: number | null): year is number => year !== null && year >= drawn[0] && year <= drawn[1];
  const at = selectCursor(filters);
  const vs = selectComparedYear(filters);
  const namedVs = isDrawn(vs) ? vs : null;
  return { at: isDrawn(at) && (at !== filters.yearRange[1] || namedVs !== null) ? at : null, vs: namedVs };
}

/** The most characters a file name gives to naming its brands; past it they are counted (`99-brands`). */
const MOST_BRAND_CHARS = 60;

/**
 * `alliance-sales-2013-2016-renault-nissan.png`: what is inside, from the chart and the filter; `-at-2015-vs-2012`
 * where the cursor stands before the range's end or a year is compared (the sales chart marking 2015 against 2012
 * is another image than the plain one); with a `variant` (`1200x675-dark`), how the image was drawn, so the sizes
 * and themes of one chart do not overwrite each other.
 */
export function exportFileName({ chart, yearRange, brands, allBrands, at, vs }: FileSubject, extension: string, variant?: string): string {
  const years = yearRange[0] === yearRange[1] ? `${yearRange[0]}` : `${yearRange[0]}-${yearRange[1]}`;
  // A brand with no Latin letter or digit (日産) has no slug: it is left out, or, alone, counted. Brands whose
  // names would take more than MOST_BRAND_CHARS are counted too: file systems keep names to 255 bytes.
  const slugs = brands.map(slug).filter((part) => part !== '');
  const joined = slugs.join('-');
  const named = slugs.length > 0 && joined.length <= MOST_BRAND_CHARS ? joined : `${brands.length}-brand${brands.length === 1 ? '' : 's'}`;
  const brandPart = brands.length === allBrands.length ? 'all-brands' : brands.length === 0 ? 'no-brands' : named;
  const cursor = [at === null ? '' : `-at-${at}`, vs === null ? '' : `-vs-${vs}`].join('');
  return `alliance-${slug(chart)}-${years}-${brandPart}${cursor}${variant ? `-${slug(variant)}` : ''}.${extension}`;
}

/** What a card or the dashboard names its files for: the chart, the years it draws, its brands, and the filter's time keys. */
export interface FileTopic {
  chart: string;
  drawn: YearRange;
  brands: readonly Brand[];
  allBrands: readonly Brand[];
  /** The chart draws one year (the ownership diagram, the plant map), not the span: the cursor's, or the later of two compared. */
  asOf?: boolean;
  filters: Pick<Filters, 'yearRange' | 'at' | 'vs'>;
}

/**
 * The file name for a topic (exportFileName with its namedYears): in the export kit, so the first load carries
 * neither. An as-of chart's file is named for the year it draws, and the year it is compared with
 * (`alliance-ownership-2017-all-brands-vs-2012`), as its subtitle says: a 2017 diagram named for 1999–2023 would
 * say it held more than it does. Compared, it draws the later year whichever one the cursor is on, so 2012 against
 * 2017 is the same image as 2017 against 2012, and the same name; the compared year is the one its caption names,
 * in the filter, not only where stakes changed (`drawn`).
 */
export function fileNameFor({ chart, drawn, brands, allBrands, asOf = false, filters }: FileTopic, extension: string, variant?: string): string {
  if (!asOf) return exportFileName({ chart, yearRange: drawn, brands, allBrands, ...namedYears(filters, drawn) }, extension, variant);
  const at = selectCursor(filters);
  const [earlier, later] = compareSpan(at, selectComparedYear(filters)) ?? [null, at];
  return exportFileName({ chart, yearRange: [later, later], brands, allBrands, at: null, vs: earlier }, extension, variant);
}
